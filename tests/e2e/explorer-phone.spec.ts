/**
 * The explorer on a phone: the result comes first, a bar that stays at the top says what is shown
 * (question, breakdown, filters) and follows every change, and its button leads to the controls.
 */
import { test, expect } from './support/fixtures.ts';
import { openExplorer, waitForEngineView } from './support/explorer.ts';

test.use({ viewport: { width: 360, height: 780 } });

test('the result comes before the controls, under a sticky summary that follows the view', async ({ page }) => {
  await openExplorer(page, 'en');
  await waitForEngineView(page);
  const results = await page.locator('#explorer-results-heading').boundingBox();
  const controls = await page.locator('#explorer-controls-heading').boundingBox();
  expect(results && controls && results.y < controls.y).toBe(true);
  expect(results?.y ?? 9999).toBeLessThan(780 * 1.5);

  const summary = page.locator('[data-explorer-summary]');
  const text = page.locator('[data-explorer-summary-text]');
  await expect(summary).toBeVisible();
  const question = (await page.locator('#explorer-question option:checked').textContent()) ?? '';
  await expect(text).toContainText(question.trim().slice(0, 12));
  await expect(text).toContainText(/ · (filters: Country: |no filters)/);

  // Scrolled down through the table, the bar is still at the top of the screen.
  await page.locator('[data-explorer-table]').scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 600);
  await expect.poll(async () => Math.round((await summary.boundingBox())?.y ?? -1)).toBe(0);

  await page.locator('#explorer-breakdown').selectOption('gender');
  await waitForEngineView(page, undefined);
  await expect(text).toContainText(/by gender/i);

  await page.locator('[data-explorer-summary-change]').click();
  await expect(page).toHaveURL(/#explorer-controls-heading$/);
  await expect(page.locator('#explorer-controls-heading')).toBeInViewport();
});

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  test('the summary bar is hidden: the controls sit beside the result', async ({ page }) => {
    await openExplorer(page, 'en');
    await expect(page.locator('[data-explorer-summary]')).toBeHidden();
  });
});
