/** Building a cross-tab with the keyboard alone: find a question, choose a breakdown, add a filter. */
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures.ts';
import { openExplorer, shownCells, waitForEngineView } from './support/explorer.ts';

/** Presses Tab until the element matching the selector has the focus (at most `limit` presses). */
async function tabTo(page: Page, selector: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

test('a cross-tab built with the keyboard only', async ({ page }) => {
  await openExplorer(page, 'en');
  await waitForEngineView(page);

  // 1. The question, found by words of its wording; Enter picks the first match.
  await tabTo(page, '#question-search');
  await page.keyboard.type('trust armed forces');
  await expect(page.locator('[data-question-search-count]')).toContainText('match');
  await page.keyboard.press('Enter');
  await expect(page.locator('#explorer-question')).toHaveValue('trust_army');
  await waitForEngineView(page, 'q=trust_army&by=wave&country=2&w=1&dk=0&chart=lines');

  // 2. The breakdown: Tab to the list, then type the first letters of the option.
  await page.keyboard.press('Tab');
  expect(await focusedId(page)).toBe('explorer-question');
  await page.keyboard.press('Tab');
  expect(await focusedId(page)).toBe('explorer-breakdown');
  await page.keyboard.type('Gender');
  await expect(page.locator('#explorer-breakdown')).toHaveValue('gender');
  await waitForEngineView(page, 'q=trust_army&by=gender&country=2&w=1&dk=0&chart=grouped');

  // 3. A filter: open the wave group with the keyboard and tick 2021.
  await tabTo(page, '[data-filter="wave"] > summary');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-filter="wave"]')).toHaveAttribute('open', '');
  await tabTo(page, '#filter-wave-2021');
  await page.keyboard.press('Space');
  await waitForEngineView(page, 'q=trust_army&by=gender&country=2&wave=2021&w=1&dk=0&chart=grouped');

  // The result: answers as rows, men and women as columns (and the 8 Kosovo respondents recorded as
  // other or not stated, too few to show), every cell of the shown columns a share.
  await expect(page.locator('.result-table thead th')).toHaveText(['Answer', 'Man', 'Woman', 'Other or not stated']);
  const cells = (await shownCells(page)).filter((c) => c.col === '1' || c.col === '2');
  expect(cells.length).toBe(5 * 2);
  for (const col of ['1', '2']) {
    const shares = cells.filter((c) => c.col === col).map((c) => c.share ?? 0);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  }
  await expect(page).toHaveURL(/\?q=trust_army&by=gender&country=2&wave=2021&w=1&dk=0&chart=grouped$/);

  // 4. The chart type, with the arrow keys inside its radio group.
  await tabTo(page, '#chart-grouped');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('#chart-stacked')).toBeChecked();
  await waitForEngineView(page, 'q=trust_army&by=gender&country=2&wave=2021&w=1&dk=0&chart=stacked');
  await expect(page.locator('[data-explorer-figure] figure')).toHaveAttribute('data-chart-kind', 'stacked');
});

test('the keyboard focus is visible on the controls', async ({ page }) => {
  await openExplorer(page, 'en');
  await tabTo(page, '#question-search');
  const outline = await page.locator('#question-search').evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
});
