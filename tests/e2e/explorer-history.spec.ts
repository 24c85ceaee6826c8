/** The state lives in the URL: back and forward restore views, and a permalink shows the same view in another language. */
import { test, expect } from './support/fixtures.ts';
import { openExplorer, shownCells, waitForEngineView } from './support/explorer.ts';

const DEFAULT = 'q=trust_police&by=wave&country=2&w=1&dk=0&chart=lines';
const BY_GENDER = 'q=trust_police&by=gender&country=2&w=1&dk=0&chart=grouped';
const ARMY_BY_GENDER = 'q=trust_army&by=gender&country=2&w=1&dk=0&chart=grouped';

test('every change is a history entry; back and forward restore view and controls', async ({ page }) => {
  await openExplorer(page, 'en');
  await waitForEngineView(page, DEFAULT);
  await page.locator('#explorer-breakdown').selectOption('gender');
  await waitForEngineView(page, BY_GENDER);
  await expect(page).toHaveURL(new RegExp(`/en/explore/\\?${BY_GENDER}$`));
  await page.locator('#explorer-question').selectOption('trust_army');
  await waitForEngineView(page, ARMY_BY_GENDER);

  await page.goBack();
  await waitForEngineView(page, BY_GENDER);
  await expect(page.locator('#explorer-question')).toHaveValue('trust_police');
  await expect(page.locator('#explorer-breakdown')).toHaveValue('gender');
  await expect(page.locator('#chart-grouped')).toBeChecked();

  await page.goBack();
  await expect(page).toHaveURL(/\/en\/explore\/$/);
  await waitForEngineView(page, DEFAULT);
  await expect(page.locator('#explorer-breakdown')).toHaveValue('wave');
  await expect(page.locator('#chart-lines')).toBeChecked();

  await page.goForward();
  await waitForEngineView(page, BY_GENDER);
  await page.goForward();
  await waitForEngineView(page, ARMY_BY_GENDER);
  await expect(page.locator('#explorer-question')).toHaveValue('trust_army');
});

test('a permalink opened in another language shows the same view in that language', async ({ page }) => {
  const query = 'q=trust_army&by=ethnicity&country=2,3&w=0&dk=1&chart=stacked';
  await openExplorer(page, 'en', query);
  await waitForEngineView(page, query);
  const english = await shownCells(page);
  await expect(page.locator('.result-table caption')).toContainText('Trust in the armed forces');

  await openExplorer(page, 'sr', query);
  await waitForEngineView(page, query);
  expect(await shownCells(page)).toEqual(english);
  await expect(page.locator('html')).toHaveAttribute('lang', 'sr-Latn');
  await expect(page.locator('.result-table caption')).toContainText('Poverenje u oružane snage');
  await expect(page.locator('#explorer-question')).toHaveValue('trust_army');
  await expect(page.locator('#include-missing')).toBeChecked();
  // The 2021 round has no design weights: no weighting choice is offered, and the notes say so.
  await expect(page.locator('[data-no-weights]')).toBeVisible();
  await expect(page.locator('.figure-notes')).toContainText('Neponderisani udeli: ova runda istraživanja nema pondere dizajna');
  await expect(page.locator('[data-state-notice]')).toBeHidden();
});

test('the language switcher keeps the view', async ({ page }) => {
  await openExplorer(page, 'en');
  await waitForEngineView(page, DEFAULT);
  await page.locator('#explorer-breakdown').selectOption('gender');
  await waitForEngineView(page, BY_GENDER);
  await page.locator('[data-lang-link="sq"]').click();
  await expect(page).toHaveURL(new RegExp(`/sq/explore/\\?${BY_GENDER}$`));
  await waitForEngineView(page, BY_GENDER);
  await expect(page.locator('#explorer-breakdown')).toHaveValue('gender');
});
