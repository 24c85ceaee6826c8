/**
 * The README's commands work whatever Node the machine has: the `node` dev dependency puts Node 22 into
 * node_modules/.bin, npm scripts put that folder first on PATH, and scripts/check-node.mjs explains the
 * fix when a script still runs on an older Node.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  engines: { node: string };
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
};
const lockedNode = (JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> })
  .packages['node_modules/node']?.version ?? '';

const atLeast = (version: string, major: number, minor: number) => {
  const [a = 0, b = 0] = version.replace(/^v/u, '').split('.').map(Number);
  return a > major || (a === major && b >= minor);
};

describe('Node 22 for every npm script', () => {
  it('comes from the `node` dev dependency, locked at a 22.x that meets "engines"', () => {
    expect(manifest.engines.node).toBe('>=22.12');
    expect(manifest.devDependencies['node']).toMatch(/^\^22\./u);
    expect(lockedNode.startsWith('22.')).toBe(true);
    // 22.18 is the first 22.x that strips TypeScript types without a flag.
    expect(atLeast(lockedNode, 22, 18)).toBe(true);
  });

  it('is the `node` npm runs scripts with', () => {
    const version = execFileSync('npm', ['exec', '--', 'node', '--version'], { cwd: ROOT, encoding: 'utf8' }).trim();
    expect(version).toBe(`v${lockedNode}`);
  });

  it('is checked first by the scripts a newcomer runs', () => {
    for (const script of ['data', 'serve', 'test']) expect(manifest.scripts[script], script).toMatch(/^node scripts\/check-node\.mjs && /u);
    for (const script of ['start', 'build']) expect(manifest.scripts[script], script).toMatch(/^npm run (build|data) /u);
  });
});

describe('scripts/check-node.mjs', () => {
  const check = path.join(ROOT, 'scripts/check-node.mjs');

  it('lets Node 22 through', () => {
    expect(spawnSync(process.execPath, [check]).status).toBe(0);
  });

  // Only where the machine has an older Node of its own outside node_modules (Debian's /usr/bin/node).
  const systemNode = ['/usr/bin/node', '/usr/local/bin/node'].find((file) => existsSync(file) && !realpathSync(file).includes('node_modules'));
  const systemVersion = systemNode ? execFileSync(systemNode, ['--version'], { encoding: 'utf8' }).trim() : '';
  it.skipIf(!systemNode || atLeast(systemVersion, 22, 12))(`stops an older Node (${systemVersion || 'none here'}) with the fix`, () => {
    const result = spawnSync(systemNode ?? '', [check], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('needs Node.js 22.12 or newer');
    expect(result.stderr).toContain('npm install');
  });
});

describe('.ci/run', () => {
  it('installs the locked dependencies with npm ci and nothing else', () => {
    const lines = readFileSync(path.join(ROOT, '.ci/run'), 'utf8').split('\n').filter((line) => !/^\s*#/u.test(line));
    expect(lines.filter((line) => /^\s*npm ci\b/u.test(line))).toHaveLength(1);
    // The only `npm install` is the bootstrap of a Node for npm itself, into its own prefix.
    const installs = lines.filter((line) => /\bnpm (install|i)\b/u.test(line));
    expect(installs.every((line) => line.includes('--prefix'))).toBe(true);
    expect(lines.join('\n')).not.toMatch(/npm ci[^\n]*\|\|/u);
  });
});
