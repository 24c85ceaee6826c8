/**
 * Byte budgets of the pre-rendered indicator, topic and home pages, measured on the built files (no
 * browser): every indicator page's HTML within its gzip budget with its charts inside, the JavaScript it loads
 * within its own (scripts/bench/budgets.ts), and no DuckDB or WebAssembly anywhere on these pages. Prints the measured numbers.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { test, expect } from '@playwright/test';
import { INDICATOR_HTML_GZIP_BYTES as HTML_BUDGET, INDICATOR_JS_GZIP_BYTES as JS_BUDGET } from '../../scripts/bench/budgets.ts';
import { formatBytes } from '../../src/lib/format.ts';
import { LANGS } from '../../src/lib/i18n-langs.ts';

const DIST = process.env['E2E_DIST'] ?? 'dist';

const gzipSize = (bytes: Buffer | string): number => gzipSync(bytes).length;

/** Every script a page loads: its <script src>s and, recursively, the modules they import. */
function scriptsOf(html: string): string[] {
  const seen = new Set<string>();
  const queue = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1] ?? '');
  while (queue.length > 0) {
    const src = queue.shift() ?? '';
    if (seen.has(src) || !src.startsWith('/')) continue;
    seen.add(src);
    const code = readFileSync(join(DIST, src), 'utf8');
    const base = src.slice(0, src.lastIndexOf('/') + 1);
    for (const m of code.matchAll(/(?:import|from)\s*["'](\.\/[^"']+)["']/g)) queue.push(base + (m[1] ?? '').slice(2));
  }
  return [...seen];
}

function measure(path: string): { html: number; js: number; scripts: string[]; text: string } {
  const text = readFileSync(join(DIST, path, 'index.html'), 'utf8');
  const scripts = scriptsOf(text);
  return { html: gzipSize(text), js: scripts.reduce((sum, src) => sum + gzipSize(readFileSync(join(DIST, src))), 0), scripts, text };
}

const indicatorPaths = LANGS.flatMap((lang) =>
  existsSync(join(DIST, lang, 'indicators'))
    ? readdirSync(join(DIST, lang, 'indicators'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `${lang}/indicators/${d.name}`)
    : [],
);

test('indicator pages stay within their HTML and JavaScript budgets, charts inside', () => {
  expect(indicatorPaths.length, `indicator pages under ${DIST}`).toBeGreaterThan(0);
  const sizes = indicatorPaths.map((path) => ({ path, ...measure(path) }));
  for (const { path, html, js, text } of sizes) {
    expect(html, `${path}: HTML gzip bytes`).toBeLessThanOrEqual(HTML_BUDGET);
    expect(js, `${path}: JavaScript gzip bytes`).toBeLessThanOrEqual(JS_BUDGET);
    expect(text, `${path}: pre-rendered chart`).toMatch(/<svg[^>]*role="img"[^>]*viewBox=|<svg[^>]*viewBox=[^>]*role="img"/);
  }
  const byHtml = [...sizes].sort((a, b) => a.html - b.html);
  const largest = byHtml[byHtml.length - 1];
  const median = byHtml[Math.floor(byHtml.length / 2)];
  console.log(`indicator pages: ${sizes.length}; HTML gzip median ${median?.html} B, max ${largest?.html} B (${largest?.path}), budget ${formatBytes('en', HTML_BUDGET)}; JS gzip max ${Math.max(...sizes.map((s) => s.js))} B, budget ${formatBytes('en', JS_BUDGET)}`);
});

test('indicator, topic and home pages load no DuckDB and no WebAssembly', () => {
  const topicPaths = LANGS.flatMap((lang) =>
    existsSync(join(DIST, lang, 'topics'))
      ? readdirSync(join(DIST, lang, 'topics'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `${lang}/topics/${d.name}`)
      : [],
  );
  const pages = [...indicatorPaths, ...topicPaths, ...LANGS.map((lang) => lang), ...LANGS.map((lang) => `${lang}/indicators`), ...LANGS.map((lang) => `${lang}/topics`)];
  for (const path of pages) {
    const { text, scripts } = measure(path);
    const code = scripts.map((src) => readFileSync(join(DIST, src), 'utf8')).join('\n');
    expect(text, `${path}: HTML`).not.toMatch(/duckdb|\.wasm\b/i);
    expect(code, `${path}: scripts ${scripts.join(', ')}`).not.toMatch(/duckdb|\.wasm\b/i);
  }
  const home = measure('en');
  console.log(`home (en): HTML gzip ${home.html} B, JS gzip ${home.js} B; topic (en/topics/trust): HTML gzip ${measure('en/topics/trust').html} B`);
});
