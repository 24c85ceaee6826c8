/**
 * The read-only SQL console: results as a table, row limit, errors shown plainly, writes refused, cancel,
 * and its limits (value length, memory, time) with the explorer's views waiting visibly behind it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures.ts';
import { openExplorer, waitForEngineView } from './support/explorer.ts';
import { CONSOLE_MAX_CELL_CHARS, CONSOLE_TIME_LIMIT_MS, DUCKDB_MEMORY_LIMIT_MB } from '../../src/lib/explorer/console-limits.ts';
import { fillSlots } from '../../src/lib/fill-slots.ts';
import { explorerStrings } from '../../src/lib/explorer/strings.ts';

const strings = explorerStrings('en');

const manifest = JSON.parse(readFileSync(join(process.cwd(), 'public', 'data', 'manifest.json'), 'utf8')) as { datasets: { id: string; respondents: number }[] };
const respondents = manifest.datasets.find((d) => d.id === 'wbsb')?.respondents ?? 0;

async function run(page: Page, sql: string, limit = 100): Promise<void> {
  await page.locator('[data-console-query]').fill(sql);
  await page.locator('[data-console-limit]').fill(String(limit));
  await page.locator('[data-console-run]').click();
}

test('runs read-only SQL over the survey table and shows the rows', async ({ page }) => {
  await openExplorer(page, 'en');
  await waitForEngineView(page);
  await page.locator('[data-sql-console] > summary').click();
  // The view's cells query over the browser's table is offered as a start, and runs.
  await expect(page.locator('[data-console-query]')).toHaveValue(/FROM "wbsb"/);
  await page.locator('[data-console-run]').click();
  // The first query loads every column and table into DuckDB: on a busy machine that takes a while.
  await expect(page.locator('[data-console-results] thead th')).toHaveText(['answer', 'grp', 'n', 'sum_w', 'sum_w2'], { timeout: 30_000 });
  // Five answers × one wave.
  await expect(page.locator('[data-console-results] tbody tr')).toHaveCount(5 * 1);

  await run(page, 'SELECT count(*) AS respondents FROM wbsb');
  const results = page.locator('[data-console-results] table');
  await expect(results.locator('thead th')).toHaveText(['respondents']);
  await expect(results.locator('tbody td')).toHaveText([String(respondents)]);
  await expect(page.locator('[data-console-status]')).toContainText('1 row in');

  await run(page, 'SELECT country, wave FROM wbsb ORDER BY id', 5);
  await expect(results.locator('tbody tr')).toHaveCount(5);
  await expect(page.locator('[data-console-status]')).toContainText('Only the first 5 rows are shown.');
});

test('shows errors plainly, refuses writes, and the explorer still computes afterwards', async ({ page }) => {
  await openExplorer(page, 'en');
  await waitForEngineView(page);
  await page.locator('[data-sql-console] > summary').click();
  const error = page.locator('[data-console-error]');

  await run(page, 'SELECT * FROM no_such_table');
  await expect(error).toBeVisible({ timeout: 30_000 });
  await expect(error).toContainText('The query failed:');
  await expect(error).toContainText('no_such_table');

  await run(page, 'DROP TABLE wbsb');
  await expect(error).toHaveText('Only reading queries (SELECT, WITH, …) are allowed here.');

  await run(page, "WITH x AS (SELECT 1) DELETE FROM wbsb");
  await expect(error).toBeVisible();

  await run(page, "SELECT * FROM read_csv('/etc/passwd')");
  await expect(error).toContainText('The query failed:');

  await page.locator('#explorer-breakdown').selectOption('gender');
  await waitForEngineView(page, 'q=trust_police&by=gender&country=2&w=1&dk=0&chart=grouped');
  await run(page, 'SELECT count(*) FROM wbsb');
  await expect(page.locator('[data-console-results] tbody td')).toHaveText([String(respondents)]);
});

test('a long query can be cancelled', async ({ page }) => {
  await openExplorer(page, 'en');
  await waitForEngineView(page);
  await page.locator('[data-sql-console] > summary').click();
  await run(page, 'SELECT count(*) FROM range(100000000) a, range(100000) b WHERE a.range + b.range < 0');
  const cancel = page.locator('[data-console-cancel]');
  await expect(cancel).toBeEnabled();
  await cancel.click();
  await expect(page.locator('[data-console-status]')).toHaveText('The query was cancelled.', { timeout: 30_000 });
  await expect(page.locator('[data-console-run]')).toBeEnabled();
  await run(page, 'SELECT 42 AS answer');
  await expect(page.locator('[data-console-results] tbody td')).toHaveText(['42'], { timeout: 30_000 });
});

/** A query DuckDB works on for far longer than any limit (as in the cancel test above). */
const ENDLESS = 'SELECT count(*) FROM range(100000000) a, range(100000) b WHERE a.range + b.range < 0';

test('a 100-million-character value is cut, not drawn: the tab survives and says so', async ({ page }) => {
  page.on('crash', () => { throw new Error('the tab crashed'); });
  await openExplorer(page, 'en');
  await waitForEngineView(page);
  await page.locator('[data-sql-console] > summary').click();
  await expect(page.locator('[data-console-limits]')).toHaveText(fillSlots(strings.console_limits, {
    seconds: CONSOLE_TIME_LIMIT_MS / 1000, rows: '10,000', chars: '1,000', memory: `${DUCKDB_MEMORY_LIMIT_MB} MB`,
  }));
  await run(page, "SELECT repeat('x', 100000000) AS big, 1 AS n");
  const cells = page.locator('[data-console-results] tbody td');
  await expect(cells).toHaveText([`${'x'.repeat(CONSOLE_MAX_CELL_CHARS)}…`, '1'], { timeout: 30_000 });
  await expect(page.locator('[data-console-status]')).toContainText('Values longer than 1,000 characters are cut (…).');
  await run(page, 'SELECT 42 AS answer');
  await expect(cells).toHaveText(['42'], { timeout: 30_000 });
});

test('DuckDB runs under the memory limit: a query that needs more fails with its own message', async ({ page }) => {
  await openExplorer(page, 'en');
  await waitForEngineView(page);
  await page.locator('[data-sql-console] > summary').click();
  await run(page, "SELECT current_setting('memory_limit') AS m");
  // 512 MB = 488.2 MiB, as DuckDB writes it.
  await expect(page.locator('[data-console-results] tbody td')).toHaveText(['488.2 MiB'], { timeout: 30_000 });
  await run(page, "SELECT length(string_agg(repeat('x', 10000000), '')) FROM range(100)");
  await expect(page.locator('[data-console-error]')).toContainText('Out of Memory', { timeout: 30_000 });
  await run(page, 'SELECT 42 AS answer');
  await expect(page.locator('[data-console-results] tbody td')).toHaveText(['42'], { timeout: 30_000 });
});

test(`a query is stopped at the time limit (${CONSOLE_TIME_LIMIT_MS / 1000} s) with a message saying so`, async ({ page }) => {
  // The page's clock is fast-forwarded past the limit instead of waiting for it.
  await page.clock.install();
  await openExplorer(page, 'en');
  await waitForEngineView(page);
  await page.locator('[data-sql-console] > summary').click();
  // A first query loads every table, so the long one starts (and its time limit with it) at once.
  await run(page, 'SELECT 1 AS ready');
  await expect(page.locator('[data-console-results] tbody td')).toHaveText(['1'], { timeout: 30_000 });
  await run(page, ENDLESS);
  const status = page.locator('[data-console-status]');
  const timedOut = fillSlots(strings.console_timed_out, { seconds: CONSOLE_TIME_LIMIT_MS / 1000 });
  await expect(async () => {
    if ((await status.textContent()) === strings.console_running) await page.clock.fastForward(CONSOLE_TIME_LIMIT_MS);
    await expect(status).toHaveText(timedOut, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.locator('[data-console-error]')).toBeHidden();
  await run(page, 'SELECT 42 AS answer');
  await expect(page.locator('[data-console-results] tbody td')).toHaveText(['42'], { timeout: 30_000 });
});

test('a view asked for while a console query runs says it waits for the console, and comes once it is cancelled', async ({ page }) => {
  await openExplorer(page, 'en');
  await waitForEngineView(page);
  await page.locator('[data-sql-console] > summary').click();
  await run(page, ENDLESS);
  await expect(page.locator('[data-console-cancel]')).toBeEnabled();
  await page.locator('#explorer-breakdown').selectOption('gender');
  // Said at once, and kept while the console's own query still loads its columns.
  await expect(page.locator('[data-engine-status]')).toHaveText(fillSlots(strings.progress_console, { seconds: CONSOLE_TIME_LIMIT_MS / 1000 }));
  await page.locator('[data-console-cancel]').click();
  await waitForEngineView(page, 'q=trust_police&by=gender&country=2&w=1&dk=0&chart=grouped');
});
