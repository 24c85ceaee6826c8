/** The read-only SQL console: results as a table, row limit, errors shown plainly, writes refused, cancel. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures.ts';
import { openExplorer, waitForEngineView } from './support/explorer.ts';

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
  await expect(page.locator('[data-console-results] thead th')).toHaveText(['answer', 'grp', 'n', 'sum_w', 'sum_w2']);
  // Five answers × one wave.
  await expect(page.locator('[data-console-results] tbody tr')).toHaveCount(5 * 1);

  await run(page, 'SELECT count(*) AS respondents FROM wbsb');
  const results = page.locator('[data-console-results] table');
  await expect(results.locator('thead th')).toHaveText(['respondents']);
  await expect(results.locator('tbody td')).toHaveText([String(respondents)]);
  await expect(page.locator('[data-console-status]')).toContainText('1 rows in');

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
