/**
 * Print and dark mode. Printed, an indicator page and an explorer view are reports: chart and table,
 * no controls, the source and the page's address at the end. In the dark scheme every page type still
 * passes axe, and charts keep the light palette they were checked against, on a white panel.
 */
import { test, expect, open } from './support/fixtures.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { PAGE_TYPES } from './support/pages.ts';
import { LANGS } from '../../src/lib/i18n-langs.ts';
import { waitForEngineView } from './support/explorer.ts';

test.describe('printed', () => {
  test('an indicator page is chart, table, source and address, without menu or buttons', async ({ page }) => {
    await open(page, '/en/indicators/trust_police/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.chart-wide svg[viewBox]').first()).toBeVisible();
    await expect(page.locator('.chart-narrow').first()).toBeHidden();
    await expect(page.locator('[data-table="trend"] table')).toBeVisible();
    await expect(page.locator('.site-menu')).toBeHidden();
    await expect(page.locator('.site-footer')).toBeHidden();
    expect(await page.locator('main button:visible').count()).toBe(0);
    const source = page.locator('[data-print-source]');
    await expect(source).toBeVisible();
    await expect(source).toContainText('Source: Western Balkans Security Barometer');
    await expect(source).toContainText('/en/indicators/trust_police/');
  });

  test('an explorer view prints its result with the address of that view, and no controls', async ({ page }) => {
    await open(page, '/sq/explore/');
    await waitForEngineView(page);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(page.locator('.explorer-controls')).toBeHidden();
    await expect(page.locator('.explorer-extras')).toBeHidden();
    await expect(page.locator('[data-explorer-table]')).toBeVisible();
    await expect(page.locator('.explorer-results svg[viewBox]').first()).toBeVisible();
    const url = page.url();
    await expect(page.locator('[data-print-source]')).toContainText(url);
    await expect(page.locator('[data-print-source]')).toBeVisible();
  });

  test('on screen the print line is hidden', async ({ page }) => {
    await open(page, '/en/');
    await expect(page.locator('[data-print-source]')).toBeHidden();
  });
});

test.describe('dark scheme', () => {
  test.use({ colorScheme: 'dark' });
  // Every page type, each in one of the three languages in turn (the light scheme runs all of them in shell.spec.ts).
  Object.entries(PAGE_TYPES).forEach(([type, pathOf], index) => {
    const lang = LANGS[index % LANGS.length] ?? 'en';
    test(`${type} (${lang}) passes axe with dark colours`, async ({ page }) => {
      await open(page, pathOf(lang));
      const paper = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(paper).toBe('rgb(21, 25, 30)');
      await expectNoAxeViolations(page);
    });
  });

  test('charts sit on a white panel in the dark scheme', async ({ page }) => {
    await open(page, '/en/indicators/trust_police/');
    const background = await page.locator('.chart-wide svg[viewBox]').first().evaluate((svg) => getComputedStyle(svg).backgroundColor);
    expect(background).toBe('rgb(255, 255, 255)');
  });
});
