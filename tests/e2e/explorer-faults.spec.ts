/**
 * Faults while the data engine loads: the Parquet request failing, the Parquet file arriving short,
 * the DuckDB wasm missing. Each shows a clear message with a Retry button, the default view stays, and
 * Retry works once the fault is gone.
 */
import type { Route } from '@playwright/test';
import { test, expect } from './support/fixtures.ts';
import { openExplorer, waitForEngineView } from './support/explorer.ts';
import { expectFaultThenRetry } from './support/faults.ts';

const PARQUET = '**/data/wbsb/wbsb.parquet';
const WASM = '**/*.wasm';

/** Answers ranged GETs of the Parquet file with only the first half of the bytes asked for. */
async function halfBody(route: Route): Promise<void> {
  if (route.request().method() !== 'GET') return route.fallback();
  const response = await route.fetch();
  const body = await response.body();
  const headers = { ...response.headers() };
  delete headers['content-length'];
  await route.fulfill({ status: response.status(), headers, body: body.subarray(0, Math.floor(body.length / 2)) });
}

test('the Parquet request fails (HTTP 500): message, default view, retry', async ({ page, guard }) => {
  guard.allowedConsoleErrors.push(/status of 500/);
  await page.route(PARQUET, (route) => route.fulfill({ status: 500, body: 'Internal Server Error' }));
  await openExplorer(page, 'en');
  await expectFaultThenRetry(page, /survey data could not be downloaded/, () => page.unroute(PARQUET));
});

test('the Parquet file arrives truncated: message, default view, retry', async ({ page }) => {
  await page.route(PARQUET, halfBody);
  await openExplorer(page, 'en');
  await expectFaultThenRetry(page, /arrived incomplete/, () => page.unroute(PARQUET));
});

test('the DuckDB wasm is missing (HTTP 404): message in the page language, default view, retry', async ({ page, guard }) => {
  guard.allowedConsoleErrors.push(/status of 404/, /wasm|WebAssembly|instantiate|magic word/i);
  await page.route(WASM, (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await openExplorer(page, 'sr');
  await expectFaultThenRetry(page, /Mašina za podatke nije mogla da se učita/, () => page.unroute(WASM));
});

test('a failure while computing a later view keeps the last view and offers a retry', async ({ page, guard }) => {
  guard.allowedConsoleErrors.push(/status of 500/);
  await openExplorer(page, 'en');
  await waitForEngineView(page);
  // The next view needs a column not loaded yet; its request fails.
  await page.route(PARQUET, (route) => (route.request().method() === 'GET' ? route.fulfill({ status: 500, body: '' }) : route.fallback()));
  await page.locator('#explorer-breakdown').selectOption('age_group');
  await expect(page.locator('[data-engine-error]')).toBeVisible({ timeout: 45_000 });
  await expect(page.locator('[data-explorer-table]')).toHaveAttribute('data-view-query', 'q=trust_police&by=wave&country=2&w=1&dk=0&chart=lines');
  await page.unroute(PARQUET);
  await page.locator('[data-engine-retry]').click();
  await waitForEngineView(page, 'q=trust_police&by=age_group&country=2&w=1&dk=0&chart=grouped');
});
