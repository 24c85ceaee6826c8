/**
 * Serves a built site with static-server.ts from its own process, so that whoever measures it (the
 * search benchmark drives a browser from Node) does not share an event loop with the server:
 *   node scripts/search/serve.ts [--site dist] [--port 0] [--gzip]
 * Prints the server's URL as its first line of output.
 */
import { parseArgs } from 'node:util';
import { serveStatic } from './static-server.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '0' },
    gzip: { type: 'boolean', default: false },
  },
});
const server = await serveStatic(values.site, { port: Number(values.port), gzip: values.gzip });
console.log(server.url);
