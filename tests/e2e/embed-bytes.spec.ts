/**
 * Byte budget of an embed: a view other than the default (so it must be computed in the browser),
 * served with gzip as a static host sends text, transfers at most its budget in all (scripts/bench/budgets.ts), requests no
 * WebAssembly and nothing of DuckDB. Prints the measured numbers. Uses its own gzip server, so it
 * runs without the shared fixture (whose origin check is for the test server).
 */
import { test, expect } from '@playwright/test';
import { EMBED_TRANSFER_BYTES as BUDGET } from '../../scripts/bench/budgets.ts';
import { serveStatic, type StaticServer } from '../../scripts/serve/static-server.ts';
import { formatBytes } from '../../src/lib/format.ts';

const DIST = process.env['E2E_DIST'] ?? 'dist';
const QUERY = 'q=trust_army&by=gender&country=2&w=1&dk=0&chart=grouped';

let server: StaticServer;
test.beforeAll(async () => { server = await serveStatic(DIST, { port: 0, gzip: true }); });
test.afterAll(async () => { await server.close(); });

test(`an embed computes its view without DuckDB and transfers at most ${formatBytes('en', BUDGET)}`, async ({ page }) => {
  const responses: { url: string; bytes: Promise<number> }[] = [];
  page.on('response', (response) => {
    const request = response.request();
    // A HEAD answer has no body, though the browser reports the size its content-length announces.
    const head = request.method() === 'HEAD';
    responses.push({ url: response.url(), bytes: request.sizes().then((s) => s.responseHeadersSize + (head ? 0 : s.responseBodySize)) });
  });
  await page.goto(`${server.url}/en/embed/?${QUERY}`, { waitUntil: 'load' });
  const figure = page.locator('[data-explorer-figure]');
  await expect(figure).toHaveAttribute('data-view-query', QUERY, { timeout: 30_000 });
  await expect(figure).toHaveAttribute('data-source', 'engine');
  await expect(figure.locator('svg[viewBox]')).toHaveCount(1);
  const sizes = await Promise.all(responses.map(async (entry) => ({ url: entry.url, bytes: await entry.bytes })));
  const total = sizes.reduce((sum, entry) => sum + entry.bytes, 0);
  console.log(`embed ${QUERY}: ${sizes.length} requests, ${formatBytes('en', total, 1)} transferred`);
  expect(sizes.filter((entry) => /\.wasm(\?|$)|duckdb/i.test(entry.url)).map((entry) => entry.url)).toEqual([]);
  expect(total, sizes.map((entry) => `${entry.bytes} ${entry.url}`).join('\n')).toBeLessThanOrEqual(BUDGET);
});
