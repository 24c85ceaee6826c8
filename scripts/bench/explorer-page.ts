/**
 * The benchmark on the real explorer page of the built site, each run in a fresh browser context (a
 * cold cache): when the default view is painted, when the page script has redrawn it, when DuckDB is
 * ready (the engine's User Timing marks), and when the engine's first view arrives.
 */
import type { Browser } from '@playwright/test';
import type { BenchServer } from './explorer-server.ts';

export interface PageRun {
  /** First and largest contentful paint: the pre-rendered default view on screen. */
  fcpMs: number;
  lcpMs: number;
  /** The page script has drawn the default view again (table marked data-source="build"). */
  redrawMs: number;
  /** From navigation: the engine started loading, and DuckDB was ready. */
  engineStartMs: number;
  engineReadyMs: number;
  /** From navigation: the engine's first view (the URL's state) is in the table. */
  engineViewMs: number;
  /** Bytes of the Parquet file and of DuckDB's wasm sent by the server during the run. */
  parquetBytes: number;
  wasmBytes: number;
}

/** Records, in the page's own clock, when the table first carries each data-source. */
function recordSources(): void {
  const seen: Record<string, number> = {};
  (window as unknown as { benchSources: Record<string, number> }).benchSources = seen;
  new MutationObserver(() => {
    const table = document.querySelector<HTMLElement>('[data-explorer-table]');
    const source = table?.dataset['source'];
    const key = source === 'engine' ? `engine:${table?.dataset['viewQuery'] ?? ''}` : source;
    if (key && seen[key] === undefined) seen[key] = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-source', 'data-view-query'] });
}

export async function measurePage(browser: Browser, server: BenchServer, path: string, viewQuery: string): Promise<PageRun> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(recordSources);
    server.bytes.clear();
    await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    await page.waitForFunction(
      (key) => (window as unknown as { benchSources?: Record<string, number> }).benchSources?.[key] !== undefined,
      `engine:${viewQuery}`,
      { timeout: 120_000 },
    );
    const times = await page.evaluate(async () => {
      const paints = (type: string) => new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries();
          resolve(entries[entries.length - 1]?.startTime ?? Number.NaN);
        }).observe({ type, buffered: true });
        setTimeout(() => resolve(Number.NaN), 1000);
      });
      const mark = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
      return {
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
        lcp: await paints('largest-contentful-paint'),
        sources: (window as unknown as { benchSources: Record<string, number> }).benchSources,
        start: mark('explorer-engine:start'),
        ready: mark('explorer-engine:ready'),
      };
    });
    let parquetBytes = 0;
    let wasmBytes = 0;
    for (const [urlPath, bytes] of server.bytes) {
      if (urlPath.endsWith('.parquet')) parquetBytes += bytes;
      if (urlPath.endsWith('.wasm')) wasmBytes += bytes;
    }
    return {
      fcpMs: times.fcp,
      lcpMs: times.lcp,
      redrawMs: times.sources['build'] ?? Number.NaN,
      engineStartMs: times.start,
      engineReadyMs: times.ready,
      engineViewMs: times.sources[`engine:${viewQuery}`] ?? Number.NaN,
      parquetBytes,
      wasmBytes,
    };
  } finally {
    await context.close();
  }
}
