/**
 * Serves a built site with static-server.ts: `npm run serve` (dist/ on http://127.0.0.1:4321), the
 * browser tests, and the search benchmark, which runs it in its own process so that the browser it
 * drives from Node does not share an event loop with the server:
 *   node scripts/serve/serve.ts [--site dist] [--host 127.0.0.1] [--port 4321] [--gzip]
 * Prints the server's URL as its first line of output (--port 0 picks a free port).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serveStatic } from './static-server.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: 'dist' },
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', default: '4321' },
    gzip: { type: 'boolean', default: false },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`serve: --port must be a port number, not "${values.port}"`);
  process.exit(1);
}
if (!existsSync(join(values.site, 'index.html'))) {
  console.error(`serve: ${values.site}/ holds no built site. Run \`npm run build\` first (or \`npm start\`, which builds and serves).`);
  process.exit(1);
}
const server = await serveStatic(values.site, { port, host: values.host, gzip: values.gzip });
console.log(server.url);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void server.close().then(() => process.exit(0)));
}
