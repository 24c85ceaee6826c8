/**
 * `npm ci` installs exactly the lock file, so the lock file must be complete on every platform: npm ci
 * refuses a lock that lacks another platform's optional binaries (darwin, windows, arm builds of astro's
 * compiler, duckdb, pagefind), and npm 11 skips or questions install scripts not listed in allowScripts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');

interface LockEntry {
  version?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  hasInstallScript?: boolean;
}
interface PackageJson {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  allowScripts?: Record<string, boolean>;
}

const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { lockfileVersion: number; packages: Record<string, LockEntry> };
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as PackageJson;

/** Where Node would find `name` from the package at `from`: its own node_modules, then each parent's. */
function resolves(from: string, name: string): boolean {
  let base = from;
  for (;;) {
    if (lock.packages[`${base === '' ? '' : `${base}/`}node_modules/${name}`]) return true;
    if (base === '') return false;
    const parent = base.lastIndexOf('/node_modules/');
    base = parent < 0 ? '' : base.slice(0, parent);
  }
}

/** The package name of a lock path: "node_modules/a/node_modules/@s/b" → "@s/b". */
function nameOf(lockPath: string): string {
  return lockPath.slice(lockPath.lastIndexOf('node_modules/') + 'node_modules/'.length);
}

describe('package-lock.json', () => {
  it('is written in lock file version 3 and records package.json\'s dependencies as they are', () => {
    expect(lock.lockfileVersion).toBe(3);
    expect(lock.packages['']?.dependencies).toEqual(manifest.dependencies);
    expect(lock.packages['']?.devDependencies).toEqual(manifest.devDependencies);
  });

  it('lists every platform\'s optional packages, so npm ci accepts it on any machine', () => {
    const missing = Object.entries(lock.packages).flatMap(([from, entry]) =>
      Object.keys(entry.optionalDependencies ?? {}).filter((name) => !resolves(from, name)).map((name) => `${from || '(root)'} → ${name}`));
    expect(missing, 'run `npm install --package-lock-only` to add them').toEqual([]);
    // The optional binaries this project is known to need on other platforms are among them.
    for (const name of ['@astrojs/compiler-binding-darwin-arm64', '@duckdb/node-bindings-win32-x64', '@pagefind/darwin-arm64']) {
      expect(lock.packages[`node_modules/${name}`], name).toBeDefined();
    }
  });

  it('has every install script approved or denied in allowScripts, so npm 11 never stops to ask', () => {
    const allowed = manifest.allowScripts ?? {};
    const unreviewed = Object.entries(lock.packages)
      .filter(([lockPath, entry]) => lockPath !== '' && entry.hasInstallScript === true)
      .map(([lockPath]) => nameOf(lockPath))
      .filter((name) => typeof allowed[name] !== 'boolean');
    expect(unreviewed).toEqual([]);
    // Node 22 arrives through the `node` package's preinstall script: it must be allowed to run.
    expect(allowed['node']).toBe(true);
  });
});
