/**
 * The explorer's data engine, through the real explorer page: the numbers the page shows for a dozen
 * specs equal DuckDB in Node running the same SQL builder on the published Parquet file; the engine's
 * faults (Parquet failing or truncated, wasm failing) show their message, keep the default view and
 * recover with Retry; the SQL console stays read-only, limits rows and can be cancelled.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { explorer as strings } from '../../src/i18n/en/explorer.ts';
import { GROUP_ROW } from '../../src/lib/explorer/measure.ts';
import { parseState, serializeState } from '../../src/lib/explorer/state.ts';
import type { CrosstabResult } from '../../src/lib/stats/index.ts';
import { expect, open, test } from './support/fixtures.ts';
import { loadCodebook, openReference, PARQUET_PATH, REFERENCE_SPECS, type ReferenceDatabase } from './support/reference-crosstab.ts';

const codebook = loadCodebook('en');
let reference: ReferenceDatabase;

test.beforeAll(async () => {
  reference = await openReference(codebook);
});
test.afterAll(() => reference.close());

/** DuckDB-WASM's first start on these machines can take several seconds. */
const ENGINE_TIMEOUT = 30_000;

interface ShownCell {
  row: number;
  col: string;
  share: number | null;
  lo: number | null;
  hi: number | null;
  cellN: number;
  n: number;
  nEff: number;
  reliability: string;
}

function canonical(query: string): string {
  return serializeState(parseState(new URLSearchParams(query), codebook).state);
}

/** Waits until the table shows the state, computed by the engine, and reads its cells' data attributes. */
async function shownCells(page: Page, query: string): Promise<ShownCell[]> {
  const table = page.locator(`[data-explorer-table][data-source="engine"][data-view-query="${canonical(query)}"]`);
  await expect(table).toHaveCount(1, { timeout: ENGINE_TIMEOUT });
  return table.locator('td[data-row-code][data-share]').evaluateAll((cells) =>
    cells.map((cell) => {
      const data = (cell as HTMLElement).dataset;
      const number = (value: string | undefined) => (value === undefined || value === '' ? null : Number(value));
      return {
        row: Number(data['rowCode']),
        col: data['col'] ?? '',
        share: number(data['share']),
        lo: number(data['lo']),
        hi: number(data['hi']),
        cellN: Number(data['cellN']),
        n: Number(data['n']),
        nEff: Number(data['neff']),
        reliability: data['reliability'] ?? '',
      };
    }),
  );
}

function expectSameNumbers(shown: ShownCell[], expected: CrosstabResult, query: string): void {
  // An answer group (m=…) shows its own row (1) only; row 0 is the rest of the answers.
  const grouped = new URLSearchParams(query).has('m');
  const cells = expected.cells.filter((cell) => !grouped || cell.row === GROUP_ROW);
  expect(shown.length, `cells of ${query}`).toBe(cells.length);
  for (const cell of cells) {
    const column = expected.columns.find((c) => c.col === cell.col);
    const match = shown.find((s) => s.row === cell.row && s.col === cell.col);
    const where = `${query}: answer ${cell.row}, column ${cell.col}`;
    expect(match, where).toBeDefined();
    if (!match || !column) continue;
    expect(match.cellN, where).toBe(cell.n);
    expect(match.n, where).toBe(column.n);
    expect(match.nEff, where).toBeCloseTo(column.nEff, 6);
    expect(match.reliability, where).toBe(column.reliability);
    if (cell.share === null) {
      expect(match.share, where).toBeNull();
    } else {
      expect(match.share, where).toBeCloseTo(cell.share, 9);
      expect(match.lo, where).toBeCloseTo(cell.lo ?? Number.NaN, 9);
      expect(match.hi, where).toBeCloseTo(cell.hi ?? Number.NaN, 9);
    }
  }
}

/** Shows another state the way the back and forward buttons do (no reload, the engine stays warm). */
async function visit(page: Page, query: string): Promise<void> {
  await page.evaluate((search) => {
    history.pushState(null, '', `?${search}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, query);
}

test.describe('explorer engine: numbers', () => {
  test.setTimeout(180_000);

  test(`shows the reference numbers for ${REFERENCE_SPECS.length} specs`, async ({ page }) => {
    const [first, ...rest] = REFERENCE_SPECS;
    if (first === undefined) throw new Error('no specs');
    await open(page, `/en/explore/?${first}`);
    for (const query of [first, ...rest]) {
      if (query !== first) await visit(page, query);
      const expected = await reference.crosstab(parseState(new URLSearchParams(query), codebook).state);
      expectSameNumbers(await shownCells(page, query), expected, query);
    }
  });

  test('computes the default view again with the engine, equal to the build-time table', async ({ page }) => {
    await open(page, '/en/explore/');
    const query = serializeState(parseState(new URLSearchParams(''), codebook).state);
    const expected = await reference.crosstab(parseState(new URLSearchParams(query), codebook).state);
    expectSameNumbers(await shownCells(page, query), expected, 'default view');
    await expect(page.locator('[data-engine]')).toHaveAttribute('data-engine-state', 'ready');
  });
});

test.describe('explorer engine: faults', () => {
  test.setTimeout(120_000);
  const defaultQuery = serializeState(parseState(new URLSearchParams(''), codebook).state);

  async function expectFaultThenRecovery(page: Page, message: string, unroute: () => Promise<void>): Promise<void> {
    await open(page, '/en/explore/');
    await expect(page.locator('[data-engine]')).toHaveAttribute('data-engine-state', 'fault', { timeout: ENGINE_TIMEOUT });
    await expect(page.locator('[data-engine-error-text]')).toHaveText(message);
    // The default view, built at build time, stays.
    await expect(page.locator('[data-explorer-table] td[data-share]').first()).toBeVisible();
    await expect(page.locator('[data-explorer-table]')).toHaveAttribute('data-source', 'build');
    await unroute();
    await page.locator('[data-engine-retry]').click();
    await expect(page.locator('[data-engine]')).toHaveAttribute('data-engine-state', 'ready', { timeout: ENGINE_TIMEOUT });
    await expect(page.locator(`[data-explorer-table][data-source="engine"][data-view-query="${defaultQuery}"]`)).toHaveCount(1);
  }

  test('a failing Parquet request shows its message and Retry recovers', async ({ page, guard }) => {
    guard.allowedConsoleErrors.push(/Failed to load resource/);
    await page.route('**/wbsb.parquet', (route) => route.fulfill({ status: 500, body: 'server error' }));
    await expectFaultThenRecovery(page, strings.error_parquet, () => page.unroute('**/wbsb.parquet'));
  });

  test('a truncated Parquet file shows its message and Retry recovers', async ({ page }) => {
    const bytes = readFileSync(PARQUET_PATH);
    const half = bytes.subarray(0, Math.floor(bytes.length / 2));
    await page.route('**/wbsb.parquet', (route) => route.fulfill({ status: 200, body: half, contentType: 'application/octet-stream' }));
    await expectFaultThenRecovery(page, strings.error_truncated, () => page.unroute('**/wbsb.parquet'));
  });

  test('a failing wasm download shows its message and Retry recovers', async ({ page, guard }) => {
    guard.allowedConsoleErrors.push(/Failed to load resource/);
    await page.route('**/*.wasm', (route) => route.fulfill({ status: 500, body: 'server error' }));
    await expectFaultThenRecovery(page, strings.error_wasm, () => page.unroute('**/*.wasm'));
  });
});

test.describe('explorer engine: SQL console', () => {
  test.setTimeout(120_000);

  async function run(page: Page, sql: string, limit = 100): Promise<void> {
    await page.locator('[data-console-query]').fill(sql);
    await page.locator('[data-console-limit]').fill(String(limit));
    await page.locator('[data-console-run]').click();
  }

  test('answers reading queries, refuses writes and file or network access, limits rows, cancels', async ({ page }) => {
    await open(page, '/en/explore/');
    await page.locator('[data-sql-console] summary').click();
    const status = page.locator('[data-console-status]');
    const error = page.locator('[data-console-error]');
    const results = page.locator('[data-console-results]');
    const [expectedCount] = await reference.rows('SELECT CAST(count(*) AS INTEGER) AS n FROM wbsb WHERE "country" = 2');

    await run(page, '-- Kosovo\nSELECT count(*) AS n FROM wbsb WHERE country = 2');
    await expect(results.locator('td')).toHaveText(String(expectedCount?.['n']), { timeout: ENGINE_TIMEOUT });

    await run(page, 'DELETE FROM wbsb');
    await expect(error).toHaveText(strings.console_not_read_only);

    // Past the keyword check, the READ ONLY transaction stops writes.
    await run(page, 'WITH x AS (SELECT 1) DELETE FROM wbsb');
    await expect(error).toContainText('read-only');
    await run(page, 'EXPLAIN ANALYZE DROP TABLE wbsb');
    await expect(error).toContainText('read-only');

    // No file system, no network: external access is off and the configuration locked.
    await run(page, "SELECT * FROM read_csv('/etc/passwd')");
    await expect(error).toContainText('disabled by configuration');
    await run(page, "SELECT * FROM 'http://example.com/data.csv'");
    await expect(error).toContainText('disabled by configuration');
    await run(page, 'SELECT current_setting(\'enable_external_access\') AS external, current_setting(\'lock_configuration\') AS locked');
    await expect(results.locator('td')).toHaveText(['false', 'true']);

    await run(page, 'SELECT 1; SELECT 2');
    await expect(error).toContainText('multiple statements');

    await run(page, 'SELECT * FROM range(1000)', 10);
    await expect(results.locator('tbody tr')).toHaveCount(10);
    await expect(status).toContainText(strings.console_truncated.replace('{limit}', '10'));

    await run(page, 'SELECT count(*) FROM range(100000) a, range(100000) b WHERE (a.range * b.range) % 7 = 3');
    await expect(page.locator('[data-console-cancel]')).toBeEnabled();
    await page.locator('[data-console-cancel]').click();
    await expect(status).toHaveText(strings.console_cancelled);

    // The database is free again and the table unchanged.
    await run(page, 'SELECT count(*) AS n FROM wbsb WHERE country = 2');
    await expect(results.locator('td')).toHaveText([String(expectedCount?.['n'])], { timeout: ENGINE_TIMEOUT });
  });
});
