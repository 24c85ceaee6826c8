/** The explorer's default view: in the HTML at once (no JavaScript needed), then recomputed by the engine with the same numbers. */
import { test, expect } from './support/fixtures.ts';
import { defaultTable, expectedCells, expectSameCells, openExplorer, shownCells, waitForEngineView } from './support/explorer.ts';

const DEFAULT_QUERY = 'q=trust_police&by=wave&country=2&w=1&dk=0&chart=lines';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the default table and chart are in the page as built', async ({ page }) => {
    await openExplorer(page, 'en');
    await expect(page.locator('.result-table caption')).toHaveText('Trust in the police: share of each answer by Wave (year)');
    expectSameCells(await shownCells(page), expectedCells(defaultTable()));
    await expect(page.locator('[data-explorer-figure] svg[viewBox]')).toHaveCount(1);
    await expect(page.locator('.figure-notes')).toContainText('Filters: Country: Kosovo.');
    await expect(page.locator('.figure-notes')).toContainText('Licence: CC BY 4.0.');
    await expect(page.locator('[data-engine-status]')).toContainText('default view');
    // It says plainly that building tables needs JavaScript, and never that an engine is loading.
    await expect(page.locator('[data-engine-status]')).toContainText('needs JavaScript');
    await expect(page.locator('[data-engine-status]')).not.toContainText('loads in the background');
  });
});

for (const lang of ['sq', 'en', 'sr'] as const) {
  test(`the engine loads with progress and computes the same default numbers (${lang})`, async ({ page }) => {
    await openExplorer(page, lang);
    // The pre-rendered view is there before the engine.
    await expect(page.locator('.result-table td[data-row-code]').first()).toBeVisible();
    await waitForEngineView(page, DEFAULT_QUERY);
    expectSameCells(await shownCells(page), expectedCells(defaultTable()));
    await expect(page.locator('[data-engine-status]')).toHaveText(/\d+ ms/);
    await expect(page.locator('[data-sql]')).toHaveValue(/read_parquet\('wbsb\.parquet'\)/);
  });
}
