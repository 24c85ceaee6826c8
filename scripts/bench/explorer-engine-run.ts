/**
 * The benchmark on the harness page, for one Parquet file: DuckDB's cold start, the first custom
 * cross-tab after it, a first pass over the specs (columns loading: time and bytes per view against
 * the bytes of the column chunks the view needed), a warm pass (everything cached), then Arquero and
 * plain TypeScript loops on the same columns in the same page, checked to agree with DuckDB.
 */
import type { Browser, Page } from '@playwright/test';
import type { BenchServer } from './explorer-server.ts';
import { HARNESS_BASE } from './explorer-build.ts';
import { median, percentile, sum } from './explorer-report.ts';

/** The harness declares `window.bench` (explorer-harness/main.ts). */
export interface Distribution {
  p50: number;
  p95: number;
  max: number;
  n: number;
}

export interface ScaleResult {
  label: string;
  parquetUrl: string;
  rows: number;
  /** DuckDB ready, from the ready() call, in fresh contexts. */
  coldReadyMs: number[];
  /** Bytes of the file's footer, fetched while DuckDB loads. */
  footerBytes: number;
  firstCrosstabMs: number;
  firstPass: Distribution;
  warm: Distribution;
  arquero: Distribution;
  typescript: Distribution;
  /** Views that loaded columns: bytes the server sent, against the compressed chunks those columns have. */
  bytes: { views: number; perViewMedian: number; perViewMax: number; ratioMedian: number; ratioMax: number; totalRatio: number };
  /** Largest difference between DuckDB's shares and those of Arquero and of the loops. */
  maxShareDifference: number;
}

function distribution(values: number[]): Distribution {
  return { p50: median(values), p95: percentile(values, 95), max: Math.max(...values), n: values.length };
}

function fileBytes(server: BenchServer, parquetUrl: string): number {
  return server.bytes.get(new URL(parquetUrl, server.origin).pathname) ?? 0;
}

async function openHarness(browser: Browser, server: BenchServer, parquetUrl: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`harness page error: ${error.message}`));
  await page.goto(`${server.origin}${HARNESS_BASE}`);
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
  await page.evaluate((url) => window.bench.setup(url), parquetUrl);
  return { page, close: () => context.close() };
}

function maxDifference(a: (number | null)[], b: (number | null)[]): number {
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  return Math.max(0, ...a.map((value, index) => ((value === null) !== (b[index] === null) ? Number.POSITIVE_INFINITY : Math.abs((value ?? 0) - (b[index] ?? 0)))));
}

export async function measureScale(browser: Browser, server: BenchServer, label: string, parquetUrl: string, specs: string[], coldRuns: number): Promise<ScaleResult> {
  const coldReadyMs: number[] = [];
  for (let run = 1; run < coldRuns; run += 1) {
    const harness = await openHarness(browser, server, parquetUrl);
    coldReadyMs.push(await harness.page.evaluate(() => window.bench.ready()));
    await harness.close();
  }

  const { page, close } = await openHarness(browser, server, parquetUrl);
  try {
    const chunkBytes = await page.evaluate(() => window.bench.chunkBytes());
    server.bytes.clear();
    coldReadyMs.push(await page.evaluate(() => window.bench.ready()));
    // The footer request runs alongside DuckDB's start and has long finished when DuckDB is ready.
    const first = specs[0] ?? '';
    const footerBytes = fileBytes(server, parquetUrl);

    const loaded = new Set<string>();
    const firstPassMs: number[] = [];
    const perView: { sent: number; needed: number }[] = [];
    const duckShares = new Map<string, (number | null)[]>();
    for (const query of specs) {
      const needed = sum((await page.evaluate((q) => window.bench.columnsOf(q), query)).filter((c) => !loaded.has(c)).map((c) => { loaded.add(c); return chunkBytes[c] ?? 0; }));
      server.bytes.clear();
      const run = await page.evaluate((q) => window.bench.crosstab(q), query);
      firstPassMs.push(run.ms);
      if (needed > 0) perView.push({ sent: fileBytes(server, parquetUrl), needed });
    }
    const firstCrosstabMs = firstPassMs[0] ?? Number.NaN;

    const warmMs: number[] = [];
    for (const query of specs) {
      const run = await page.evaluate((q) => window.bench.crosstab(q), query);
      warmMs.push(run.ms);
      duckShares.set(query, run.shares);
    }

    const rows = await page.evaluate((columns) => window.bench.loadArrays(columns), [...loaded]);
    const arqueroMs: number[] = [];
    const loopMs: number[] = [];
    let maxShareDifference = 0;
    for (const query of specs) {
      // One untimed run each, so both are measured warm (compiled expressions, JIT), as DuckDB is.
      await page.evaluate((q) => window.bench.arquero(q), query);
      await page.evaluate((q) => window.bench.typescript(q), query);
      const viaArquero = await page.evaluate((q) => window.bench.arquero(q), query);
      const viaLoops = await page.evaluate((q) => window.bench.typescript(q), query);
      arqueroMs.push(viaArquero.ms);
      loopMs.push(viaLoops.ms);
      const duck = duckShares.get(query) ?? [];
      maxShareDifference = Math.max(maxShareDifference, maxDifference(duck, viaArquero.shares), maxDifference(duck, viaLoops.shares));
    }

    const ratios = perView.map((view) => view.sent / view.needed);
    return {
      label,
      parquetUrl,
      rows,
      coldReadyMs,
      footerBytes,
      firstCrosstabMs: first ? firstCrosstabMs : Number.NaN,
      firstPass: distribution(firstPassMs),
      warm: distribution(warmMs),
      arquero: distribution(arqueroMs),
      typescript: distribution(loopMs),
      bytes: {
        views: perView.length,
        perViewMedian: median(perView.map((view) => view.sent)),
        perViewMax: Math.max(...perView.map((view) => view.sent)),
        ratioMedian: median(ratios),
        ratioMax: Math.max(...ratios),
        totalRatio: sum(perView.map((view) => view.sent)) / sum(perView.map((view) => view.needed)),
      },
      maxShareDifference,
    };
  } finally {
    await close();
  }
}
