/**
 * The gender queries a reader types, in each language with and without diacritics, find the
 * representation page and the publications on gender in the security sector among their first five.
 */
import type { Page } from '@playwright/test';
import { test, expect, open } from './support/fixtures.ts';

const QUERIES: { lang: 'sq' | 'en' | 'sr'; query: string }[] = [
  { lang: 'en', query: 'women in the security sector' },
  { lang: 'sq', query: 'gratë në sektorin e sigurisë' },
  { lang: 'sq', query: 'grate ne sektorin e sigurise' },
  { lang: 'sr', query: 'žene u bezbednosti' },
  { lang: 'sr', query: 'zene u bezbednosti' },
];

/** Publications on gender in the security institutions: any of them counts as a gender publication. */
const GENDER_PUBLICATIONS = ['gender-integration-ksf', 'women-police-gender-integration-kp', 'gender-security-sector-unscr-1325', 'inclusiveness-security-sector-challenges-practices'];

async function firstFive(page: Page, lang: string, query: string): Promise<string[]> {
  await open(page, `/${lang}/search/?q=${encodeURIComponent(query)}`);
  await page.locator('[data-search-status][data-search-done]').waitFor({ state: 'attached' });
  return page.locator('ol[data-search-results] a[data-result-link]').evaluateAll((anchors) => anchors.slice(0, 5).map((a) => a.getAttribute('href') ?? ''));
}

for (const { lang, query } of QUERIES) {
  test(`"${query}" (${lang}) finds the representation page and a gender publication in its top five`, async ({ page }) => {
    const top = await firstFive(page, lang, query);
    expect(top).toContain(`/${lang}/representation/`);
    expect(top.some((href) => GENDER_PUBLICATIONS.some((id) => href === `/${lang}/publications/${id}/`))).toBe(true);
  });
}
