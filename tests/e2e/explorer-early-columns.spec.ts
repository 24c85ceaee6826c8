/**
 * A page opened on a view other than the default starts downloading that view's columns while
 * DuckDB-WASM loads (the engine decodes them in the meantime), instead of waiting for DuckDB first.
 * Told apart by the browser's resource timings: requests of the Parquet file that began before the
 * engine's "ready" mark. Opening the file costs two of them in every case (HEAD for the size, then
 * the footer); any further one is a column.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures.ts';
import { openExplorer, shownCells, waitForEngineView } from './support/explorer.ts';

const OPENING_REQUESTS = 2;

async function parquetRequestsBeforeReady(page: Page): Promise<{ before: number; all: number }> {
  return page.evaluate(() => {
    const ready = performance.getEntriesByName('explorer-engine:ready')[0]?.startTime ?? Number.NaN;
    const starts = performance.getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname === '/data/wbsb/wbsb.parquet')
      .map((entry) => entry.startTime);
    return { before: starts.filter((start) => start < ready).length, all: starts.length };
  });
}

test('explore: a non-default view in the URL downloads its columns while DuckDB loads', async ({ page }) => {
  const query = 'q=trust_army&by=age_group&country=1&w=1&dk=0&chart=stacked';
  await openExplorer(page, 'en', query);
  await waitForEngineView(page, query);
  expect((await shownCells(page)).length).toBeGreaterThan(0);
  const { before, all } = await parquetRequestsBeforeReady(page);
  expect(before).toBeGreaterThan(OPENING_REQUESTS);
  // Every column of this view was fetched once, whether before or after DuckDB was ready.
  expect(all).toBeGreaterThanOrEqual(OPENING_REQUESTS + 4);
});

test('explore: the default view waits for DuckDB before fetching columns (its numbers are in the page)', async ({ page }) => {
  await openExplorer(page, 'en');
  await waitForEngineView(page);
  const { before } = await parquetRequestsBeforeReady(page);
  expect(before).toBe(OPENING_REQUESTS);
});
