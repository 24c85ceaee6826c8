/**
 * Guard at the start of `npm run data`, `serve` and `test`: the project needs Node >= 22.12. npm puts
 * node_modules/.bin first on PATH, so once `npm install` has installed the `node` dev dependency every
 * npm script runs on its Node 22 whatever the machine's Node is. When that binary is missing (installed
 * with --ignore-scripts or --omit=dev, or npm refused the `node` package's install script) the
 * machine's Node runs the scripts; on Node 20 they would stop with "bad option:
 * --experimental-strip-types", so say what happened instead. Plain JavaScript, so any Node can run it.
 */
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    [
      `This project needs Node.js 22.12 or newer; these npm scripts run on Node ${process.versions.node} (${process.execPath}).`,
      'Run `npm install` (or `npm ci`) without --ignore-scripts or --omit=dev: it installs Node 22 into',
      'node_modules/.bin (the "node" dev dependency, allowed to run its install script in package.json',
      '"allowScripts"), and every npm script then uses it. Or install Node 22 yourself (see README.md).',
    ].join('\n'),
  );
  process.exit(1);
}
