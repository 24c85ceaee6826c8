/**
 * Every absolute link the built site hands out uses the one site address (src/lib/site.ts): no page,
 * download, data file or search fragment may name a placeholder or a development host.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { test, expect } from '@playwright/test';
import { SITE_URL } from '../../src/lib/site.ts';

const DIST = path.resolve(process.env['E2E_DIST'] ?? 'dist');
const DATA = path.resolve('public/data');
/**
 * Hosts no built file may mention: the old placeholder address and development servers. (Not
 * example.com: Pagefind's own script uses it as a base for parsing relative URLs, never as a link.)
 */
const FORBIDDEN = /example\.org|localhost|127\.0\.0\.1/giu;
/**
 * DuckDB's WebAssembly binaries are third-party machine code that mentions "localhost" in its own HTTP
 * client; they hold no link of ours.
 */
const SKIP = new Set(['.wasm']);

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (!SKIP.has(path.extname(entry.name))) yield full;
  }
}

/** A file's text; Pagefind's index and fragments are gzip-compressed, so look inside them. */
function textOf(file: string): string {
  const bytes = readFileSync(file);
  return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('latin1');
}

test('no built file names example.org, localhost or 127.0.0.1', () => {
  const hits: string[] = [];
  let scanned = 0;
  for (const root of [DIST, DATA]) {
    for (const file of files(root)) {
      scanned += 1;
      for (const match of textOf(file).matchAll(FORBIDDEN)) {
        hits.push(`${path.relative(process.cwd(), file)}: ${match[0]}`);
        break;
      }
    }
  }
  expect(scanned).toBeGreaterThan(1000);
  expect(hits, hits.slice(0, 20).join('\n')).toEqual([]);
});

test('citations and downloads link to the site address', () => {
  const page = readFileSync(path.join(DIST, 'en/data/wbsb/index.html'), 'utf8');
  expect(page).toContain(`${SITE_URL}/en/data/wbsb/`);
  const csv = readFileSync(path.join(DIST, 'en/indicators/trust_police/aggregates.csv'), 'utf8');
  expect(csv).toContain(`${SITE_URL}/en/indicators/trust_police/`);
  const datapackage = JSON.parse(readFileSync(path.join(DATA, 'wbsb/datapackage.json'), 'utf8')) as { homepage: string };
  expect(datapackage.homepage).toBe(`${SITE_URL}/en/data/wbsb/`);
  for (const file of ['wbsb/ddi-codebook.xml', 'wbsb/wbsb-labels.sr.R', 'wbsb/README.txt', 'representation/README.txt']) {
    expect(readFileSync(path.join(DATA, file), 'utf8'), file).toContain(SITE_URL);
  }
});
