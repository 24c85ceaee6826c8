/**
 * Phones: no page is wider than a 360 px screen, in any page type and language (the search page with
 * results on screen, the explorer and the embed once their table is drawn, the 404 page), and every
 * table that is wider than the screen shows that it scrolls (a shadow at the side with more columns).
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures.ts';
import { everyPage } from './support/pages.ts';
import { LANGS } from '../../src/lib/i18n-langs.ts';

test.use({ viewport: { width: 360, height: 780 } });

/** Pages beyond the one-per-type list: their content arrives after load or answers 404. */
const EXTRA = LANGS.flatMap((lang) => [
  { type: 'search with results', lang, path: `/${lang}/search/?q=police`, ready: '[data-search-status][data-search-done]', status: 200 },
  { type: '404', lang, path: `/${lang}/no-such-page/`, ready: 'h1', status: 404 },
]);
const READY: Record<string, string> = { explore: '[data-explorer-table]', embed: 'svg[viewBox], table' };

async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Tables that scroll sideways and whether their box draws the scroll shadow. */
async function scrollingTables(page: Page): Promise<{ label: string; shadow: boolean }[]> {
  return page.locator('.table-scroll').evaluateAll((boxes: HTMLElement[]) =>
    boxes
      .filter((box) => box.scrollWidth > box.clientWidth + 1 && box.offsetParent !== null)
      .map((box) => ({
        label: box.getAttribute('aria-labelledby') ?? box.getAttribute('aria-label') ?? String(box.className),
        shadow: getComputedStyle(box).backgroundImage.includes('radial-gradient') && getComputedStyle(box).backgroundAttachment.includes('local'),
      })),
  );
}

const pages = [...everyPage().map((entry) => ({ ...entry, ready: READY[entry.type] ?? 'h1', status: 200 })), ...EXTRA];

for (const { type, lang, path, ready, status } of pages) {
  test(`${type} (${lang}) fits 360 px, and its wide tables show that they scroll`, async ({ page, guard }) => {
    if (status === 404) guard.allowedConsoleErrors.push(/status of 404/);
    const response = await page.goto(path, { waitUntil: 'load' });
    expect(response?.status()).toBe(status);
    await page.locator(ready).first().waitFor({ state: 'attached' });
    expect(await overflow(page), `${path} is wider than the screen`).toBeLessThanOrEqual(0);
    const tables = await scrollingTables(page);
    expect(tables.filter((table) => !table.shadow), `tables without a scroll hint on ${path}`).toEqual([]);
  });
}

test('the indicator trend table is wider than a phone and shows its shadow', async ({ page }) => {
  await page.goto('/sq/indicators/trust_police/');
  const tables = await scrollingTables(page);
  expect(tables.length).toBeGreaterThan(0);
  expect(tables.every((table) => table.shadow)).toBe(true);
});
