/**
 * Search benchmark: in headless Chromium against the built site, the bytes transferred and the time of
 * a first query (Pagefind's script, WebAssembly, index and fragments all loaded cold) and of a later
 * query, in each language, and the size of the index. When the site holds local copies of the reports
 * (built with PUBLICATION_FILES), a first query for words found only inside a report is measured too,
 * cold, in its own browser context. Prints tables; the budget for a first query is 150 KB and 150 ms.
 *   npm run bench:search [-- --site dist --runs 5]   (after `npm run build`)
 * The site is served locally with gzip for text files, as any static host sends them; Pagefind's own
 * index files are already compressed. A benchmark reports numbers: it does not fail on a slow run.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { chromium, type Page, type Response } from '@playwright/test';
import { chromiumLaunchOptions } from '../../tests/e2e/support/browser.ts';
import { searchStateQuery } from '../../src/client/search/url-state.ts';
import { formatBytes } from '../../src/lib/format.ts';
import type { Lang } from '../../src/lib/i18n-langs.ts';
import { SEARCH_FIRST_QUERY_BYTES as TARGET_BYTES, SEARCH_FIRST_QUERY_MS as TARGET_MS } from './budgets.ts';

const QUERIES: Record<Lang, [first: string, later: string]> = {
  sq: ['sigurisë', 'korrupsioni'],
  en: ['police trust', 'corruption'],
  sr: ['bezbednost', 'korupcija'],
};
/** Words found only inside one report each (see tests/e2e/search-reports.spec.ts), for sites built with the reports. */
const REPORT_QUERIES: Record<Lang, string> = { sq: 'cënueshmëria', en: 'unaccountable', sr: 'neusklađenost' };

interface Measure {
  lang: Lang;
  /** open: loading the search page until Pagefind is ready (no query); first and later queries; 'report': a first query, cold, for words found only inside a report. */
  which: 'open' | 'first' | 'later' | 'report';
  query: string;
  requests: number;
  /** Bytes on the wire: headers and (compressed) bodies. */
  transferred: number;
  /** Bodies after decompression. */
  decoded: number;
  ms: number;
  /** The status line after the search, e.g. "Results for “x”: 12". */
  results: string;
}

/**
 * Submits the query from inside the page and times it there, from the submit to the moment the results
 * of exactly this search are on screen (so Playwright's own latency is not counted); counts every
 * response meanwhile.
 */
/** Counts the bytes of every response from now until the returned function is called. */
function countResponses(page: Page): () => Promise<{ requests: number; transferred: number; decoded: number }> {
  const pending: Promise<{ transferred: number; decoded: number }>[] = [];
  const onResponse = (response: Response) => {
    pending.push(
      (async () => {
        const sizes = await response.request().sizes();
        const body = await response.body().catch(() => Buffer.alloc(0));
        return { transferred: sizes.responseHeadersSize + sizes.responseBodySize, decoded: body.byteLength };
      })(),
    );
  };
  page.on('response', onResponse);
  return async () => {
    page.off('response', onResponse);
    const sizes = await Promise.all(pending);
    return {
      requests: sizes.length,
      transferred: sizes.reduce((sum, size) => sum + size.transferred, 0),
      decoded: sizes.reduce((sum, size) => sum + size.decoded, 0),
    };
  };
}

/** Opens the search page on a cold cache and times it until Pagefind is ready for a first query. */
async function measureOpen(page: Page, url: string, lang: Lang): Promise<Measure> {
  const stop = countResponses(page);
  await page.goto(url, { waitUntil: 'load' });
  await page.locator('[data-search-status][data-search-done=""]').waitFor({ state: 'attached' });
  await page.locator('form[data-search-form][data-search-ready]').waitFor({ state: 'attached' });
  // From the start of navigation to the moment Pagefind is ready, as the page itself measured it.
  const ms = await page.evaluate(() => performance.now());
  return { lang, which: 'open', query: '', ...(await stop()), ms, results: '' };
}

async function measureQuery(page: Page, lang: Lang, which: Measure['which'], query: string): Promise<Measure> {
  const stop = countResponses(page);
  const done = searchStateQuery({ query, filters: {} });
  const ms = await page.evaluate(
    async ({ text, mark }) => {
      const form = document.querySelector<HTMLFormElement>('form[data-search-form]');
      const input = document.querySelector<HTMLInputElement>('#search-q');
      const status = document.querySelector<HTMLElement>('[data-search-status]');
      if (!form || !input || !status) throw new Error('not a search page');
      const finished = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (status.dataset['searchDone'] !== mark) return;
          observer.disconnect();
          resolve();
        });
        observer.observe(status, { attributes: true, attributeFilter: ['data-search-done'] });
      });
      const started = performance.now();
      input.value = text;
      form.requestSubmit();
      await finished;
      return performance.now() - started;
    },
    { text: query, mark: done },
  );
  return {
    lang,
    which,
    query,
    ...(await stop()),
    ms,
    results: (await page.locator('[data-search-status]').textContent()) ?? '',
  };
}

/** Starts scripts/serve/serve.ts in its own process and returns its URL and a way to stop it. */
async function startServer(site: string): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, [fileURLToPath(new URL('../serve/serve.ts', import.meta.url)), '--site', site, '--port', '0', '--gzip'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = (await once(child.stdout, 'data')) as [Buffer];
  return { url: line.toString().trim(), stop: () => child.kill() };
}

const kb = (bytes: number) => formatBytes('en', bytes, 1);

function printTable(rows: readonly Measure[]): void {
  const header = ['lang', 'query', '', 'requests', 'transferred', 'uncompressed', 'time', 'first-query target'];
  const lines = rows.map((row) => [
    row.lang,
    row.query,
    row.which,
    String(row.requests),
    kb(row.transferred),
    kb(row.decoded),
    `${row.ms.toFixed(0)} ms`,
    // The target is a first query's; opening the page (Pagefind starting) and later queries are reported only.
    row.which === 'first' || row.which === 'report' ? (row.transferred <= TARGET_BYTES && row.ms <= TARGET_MS ? 'met' : 'MISSED') : '',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]?.length ?? 0)));
  const format = (cells: readonly string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  console.log(format(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const line of lines) console.log(format(line));
  console.log(`\ntargets for the first query: ≤ ${kb(TARGET_BYTES)} transferred and ≤ ${TARGET_MS} ms (localhost)`);
}

/** Bytes of every file under a folder, by name. */
function filesUnder(dir: string): { name: string; bytes: number }[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => ({ name: entry.name, bytes: statSync(join(entry.parentPath, entry.name)).size }));
}

/**
 * The index on disk: all of pagefind/, and per language the files only that language loads (Pagefind
 * names them <lang>_<hash>: index chunks, fragments, filters and the meta file).
 */
function printIndexSize(site: string): void {
  const files = filesUnder(join(site, 'pagefind'));
  const total = files.reduce((sum, file) => sum + file.bytes, 0);
  console.log(`\nindex: ${join(site, 'pagefind')}: ${files.length} files, ${kb(total)}`);
  for (const lang of ['sq', 'en', 'sr-latn']) {
    const own = files.filter((file) => file.name.startsWith(`${lang}_`) || file.name.includes(`.${lang}_`));
    const fragments = own.filter((file) => file.name.endsWith('.pf_fragment'));
    const chunks = own.filter((file) => file.name.endsWith('.pf_index'));
    const sum = (list: typeof own) => kb(list.reduce((acc, file) => acc + file.bytes, 0));
    console.log(`  ${lang}: ${sum(own)} (${chunks.length} index chunks ${sum(chunks)}, ${fragments.length} fragments ${sum(fragments)})`);
  }
  const copies = join(site, 'publications', 'files');
  if (existsSync(copies)) {
    const pdfs = filesUnder(copies);
    console.log(`local copies: ${pdfs.length} PDFs, ${kb(pdfs.reduce((sum, file) => sum + file.bytes, 0))}`);
  }
}

/** One row per language and query: the median of the runs (bytes are the same on every run). */
function medians(runs: readonly Measure[]): Measure[] {
  const keys = [...new Set(runs.map((row) => `${row.lang}|${row.which}`))];
  return keys.map((key) => {
    const same = runs.filter((row) => `${row.lang}|${row.which}` === key);
    const middle = (pick: (row: Measure) => number) => {
      const sorted = same.map(pick).sort((a, b) => a - b);
      return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
    };
    const first = same[0] as Measure;
    return { ...first, requests: middle((row) => row.requests), transferred: middle((row) => row.transferred), decoded: middle((row) => row.decoded), ms: middle((row) => row.ms) };
  });
}

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: 'dist' },
    runs: { type: 'string', default: '5' },
  },
});
const runs = Math.max(1, Number(values.runs) || 1);
if (!existsSync(join(values.site, 'pagefind', 'pagefind.js'))) {
  console.error(`${values.site}/pagefind/pagefind.js is missing: build the site and its index first (npm run build).`);
  process.exit(1);
}

const withReports = existsSync(join(values.site, 'publications', 'files'));
const server = await startServer(values.site);
const browser = await chromium.launch(chromiumLaunchOptions());
const measured: Measure[] = [];
try {
  for (let run = 0; run < runs; run += 1) {
    for (const lang of ['sq', 'en', 'sr'] as const) {
      // A fresh context per language and run: empty cache, so the first query loads everything.
      const context = await browser.newContext();
      const page = await context.newPage();
      // Pagefind starts when the page opens; a reader takes longer than that to type a first word.
      measured.push(await measureOpen(page, `${server.url}/${lang}/search/`, lang));
      const [first, later] = QUERIES[lang];
      measured.push(await measureQuery(page, lang, 'first', first));
      measured.push(await measureQuery(page, lang, 'later', later));
      await context.close();
      if (withReports) {
        const cold = await browser.newContext();
        const reportPage = await cold.newPage();
        await reportPage.goto(`${server.url}/${lang}/search/`, { waitUntil: 'load' });
        await reportPage.locator('[data-search-status][data-search-done=""]').waitFor({ state: 'attached' });
        measured.push(await measureQuery(reportPage, lang, 'report', REPORT_QUERIES[lang]));
        await cold.close();
      }
    }
  }
} finally {
  await browser.close();
  server.stop();
}
console.log(`Search benchmark: ${values.site}, median of ${runs} run(s) per row, Chromium headless, localhost\n`);
printTable(medians(measured));
printIndexSize(values.site);
