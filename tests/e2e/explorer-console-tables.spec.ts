/**
 * The SQL console's second table: the representation dataset, loaded on the console's first query
 * (not with the views), queryable by SQL, and the session still locked (no file or network access).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures.ts';
import { ENGINE_TIMEOUT, openExplorer, waitForEngineView } from './support/explorer.ts';

const REPRESENTATION_PARQUET = '/data/representation/representation.parquet';

/** The source table of the representation dataset (no field of it is quoted). */
function sourceRows(): Record<string, string>[] {
  const [header, ...lines] = readFileSync(join(process.cwd(), 'data', 'representation', 'ksf-gender-by-rank.csv'), 'utf8').trim().split(/\r?\n/);
  const names = (header ?? '').split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((value, index) => [names[index] ?? '', value])));
}

/** The women's shares by rank in the KSF, in the hierarchy's order. */
function womenByRank(): { rank: string; share: string }[] {
  return sourceRows()
    .filter((row) => row['group'] === 'women')
    .sort((a, b) => Number(a['rank_order']) - Number(b['rank_order']))
    .map((row) => ({ rank: row['rank'] ?? '', share: String(Number(row['share'])) }));
}

async function run(page: Page, sql: string): Promise<void> {
  await page.locator('[data-console-query]').fill(sql);
  await page.locator('[data-console-run]').click();
}

test('explore: the console queries the representation table, loaded only on its first query, with the session still locked', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === REPRESENTATION_PARQUET) fetched.push(request.method());
  });
  await openExplorer(page, 'en');
  await waitForEngineView(page);
  await page.locator('#explorer-breakdown').selectOption('gender');
  await waitForEngineView(page, 'q=trust_police&by=gender&country=2&w=1&dk=0&chart=grouped');
  expect(fetched, 'views do not load the representation table').toEqual([]);

  await page.locator('[data-sql-console] > summary').click();
  await expect(page.locator('#sql-console-hint')).toContainText('wbsb');
  await expect(page.locator('#sql-console-hint')).toContainText('representation');
  await run(page, `SELECT rank, share FROM representation WHERE "group" = 'women' ORDER BY rank_order`);
  const results = page.locator('[data-console-results] table');
  await expect(results.locator('thead th')).toHaveText(['rank', 'share'], { timeout: ENGINE_TIMEOUT });
  const expected = womenByRank();
  const ranks = new Set(sourceRows().map((row) => row['rank'])).size;
  expect(expected).toHaveLength(ranks);
  await expect(results.locator('tbody tr')).toHaveCount(expected.length);
  await expect(results.locator('tbody td:nth-child(1)')).toHaveText(expected.map((row) => row.rank));
  await expect(results.locator('tbody td:nth-child(2)')).toHaveText(expected.map((row) => row.share));
  expect(fetched).toEqual(['GET']);

  // The groups of each rank sum to 100, and the counts the report does not give are missing, not 0.
  await run(page, 'SELECT count(*) AS ranks, min(total) AS low, max(total) AS high, max(counts) AS counts FROM (SELECT rank, sum(share) AS total, count("count") AS counts FROM representation GROUP BY rank)');
  await expect(results.locator('tbody td')).toHaveText([String(ranks), '100', '100', '0']);

  // Both tables in one query, and the survey table is still there.
  await run(page, 'SELECT (SELECT count(*) FROM representation) AS representation_rows, (SELECT count(DISTINCT country) FROM wbsb) AS countries');
  const codebook = JSON.parse(readFileSync(join(process.cwd(), 'public', 'data', 'wbsb', 'codebook.en.json'), 'utf8')) as { dataset: { countries: unknown[] } };
  await expect(results.locator('tbody td')).toHaveText([String(sourceRows().length), String(codebook.dataset.countries.length)]);

  // Loading the table did not unlock the session: external access is off and the settings are locked.
  await run(page, "SELECT current_setting('enable_external_access') AS external, current_setting('lock_configuration') AS locked");
  await expect(results.locator('tbody td')).toHaveText(['false', 'true']);
  await run(page, `SELECT * FROM read_parquet('${REPRESENTATION_PARQUET}')`);
  await expect(page.locator('[data-console-error]')).toContainText('The query failed:');
  expect(fetched, 'the table is fetched once').toEqual(['GET']);
});
