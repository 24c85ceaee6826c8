/** Accessibility of the loaded explorer and embed pages in every language, the reasons of flagged cells, and a 360 px screen. */
import { mkdirSync } from 'node:fs';
import { test, expect } from './support/fixtures.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { openExplorer, waitForEngineView } from './support/explorer.ts';

/** Kosovo men by ethnicity: "Other" under 30 respondents (suppressed), Serbs 30–49 (flagged). */
const FLAGGED = 'q=trust_police&by=ethnicity&country=2&gender=1&w=1&dk=0&chart=grouped';

for (const lang of ['sq', 'en', 'sr'] as const) {
  test(`the loaded explorer has no axe violations (${lang})`, async ({ page }) => {
    await openExplorer(page, lang, FLAGGED);
    await waitForEngineView(page, FLAGGED);
    await page.locator('[data-sql-console]').evaluate((details: HTMLDetailsElement) => { details.open = true; });
    await expectNoAxeViolations(page);
  });

  test(`the loaded embed page has no axe violations (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/embed/?${FLAGGED}`);
    await expect(page.locator('[data-explorer-figure]')).toHaveAttribute('data-source', 'engine', { timeout: 45_000 });
    await expectNoAxeViolations(page);
  });
}

test('the reason of a suppressed or flagged cell shows on keyboard focus and on hover', async ({ page }) => {
  await openExplorer(page, 'en', FLAGGED);
  await waitForEngineView(page, FLAGGED);
  const suppressed = page.locator('td.suppressed .flag').first();
  const reason = suppressed.locator('.flag-reason');
  await expect(reason).toHaveText(/Not shown: only \d+ respondents in this group, and figures need at least 30\./);
  const hiddenWidth = await reason.evaluate((el) => el.getBoundingClientRect().width);
  expect(hiddenWidth).toBeLessThanOrEqual(1);
  await suppressed.focus();
  await expect.poll(() => reason.evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(50);

  // Focus elsewhere closes the first reason; pointing at the next mark opens its own.
  await page.locator('#question-search').focus();
  await expect.poll(() => reason.evaluate((el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
  const unreliable = page.locator('td[data-reliability="unreliable"] .flag').first();
  await unreliable.hover();
  await expect.poll(() => unreliable.locator('.flag-reason').evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(50);
  await expect(unreliable.locator('.flag-reason')).toHaveText(/Only \d+ respondents in this group \(fewer than 50\): read with caution\./);
});

test.describe('on a 360 px wide screen', () => {
  test.use({ viewport: { width: 360, height: 780 } });
  test('the loaded explorer fits without sideways scrolling', async ({ page }) => {
    await openExplorer(page, 'sq', FLAGGED);
    await waitForEngineView(page, FLAGGED);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The chart is drawn for the narrow screen, not scaled down from the desktop width.
    const chartWidth = await page.locator('[data-explorer-figure] svg[viewBox]').evaluate((svg) => Number(svg.getAttribute('width')));
    expect(chartWidth).toBeLessThanOrEqual(360);
    mkdirSync('.tmp', { recursive: true });
    await page.screenshot({ path: '.tmp/explorer-360.png', fullPage: true });
  });
});
