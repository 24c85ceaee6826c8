/**
 * What the search index holds and how it ranks: Pagefind starts when the search page opens, citation
 * blocks are left out (header and footer are outside the indexed <main>, and marked as ignored too), and
 * a query lands on the content page it is about
 * rather than on a list page that merely lists it.
 */
import type { Page } from '@playwright/test';
import { test, expect, open } from './support/fixtures.ts';
import { LANGS, type Lang } from '../../src/lib/i18n-langs.ts';

/** The URLs Pagefind returns for a term, best first, from its API inside the search page. */
async function rankedUrls(page: Page, term: string): Promise<string[]> {
  return page.evaluate(async (query) => {
    const url = '/pagefind/pagefind.js';
    type Result = { data(): Promise<{ url: string }> };
    const pagefind = (await import(url)) as { search(term: string): Promise<{ results: Result[] }> };
    const { results } = await pagefind.search(query);
    return Promise.all(results.map(async (result) => (await result.data()).url));
  }, term);
}

const LIST_PAGES = ['', 'indicators/', 'topics/', 'publications/', 'programmes/', 'projects/', 'data/'];
const isListPage = (lang: Lang, url: string) => LIST_PAGES.some((path) => url === `/${lang}/${path}`);

const QUERIES: Record<Lang, string[]> = {
  sq: ['policia', 'korrupsioni', 'gratë'],
  en: ['police', 'corruption', 'women'],
  sr: ['policija', 'korupcija', 'žene'],
};

test('Pagefind starts when the search page opens, before any key is pressed', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
  await open(page, '/sq/search/');
  await page.locator('form[data-search-form][data-search-ready]').waitFor({ state: 'attached' });
  expect(loaded).toContain('/pagefind/pagefind.js');
  // Network events reach the test on their own channel, so one sent just before the form said ready can
  // arrive just after it: wait briefly for it (still with no key pressed).
  await expect.poll(() => loaded.some((path) => path.startsWith('/pagefind/') && path.endsWith('.pagefind')), { timeout: 2000 }).toBe(true);
});

for (const lang of LANGS) {
  test(`citation blocks and the print line are not in the index, so no excerpt holds a URL (${lang})`, async ({ page }) => {
    await open(page, `/${lang}/search/`);
    // The site's host name is in every reference (APA, BibTeX, RIS) and print line; in prose only on the
    // programme page that names the platform.
    const named = (await rankedUrls(page, 'securitybarometer')).filter((url) => !url.endsWith('/programmes/security-barometer/'));
    expect(named).toEqual([]);
    const excerpts = await page.evaluate(async () => {
      const url = '/pagefind/pagefind.js';
      type Result = { data(): Promise<{ excerpt: string }> };
      const pagefind = (await import(url)) as { search(term: string): Promise<{ results: Result[] }> };
      const { results } = await pagefind.search('police');
      return Promise.all(results.slice(0, 20).map(async (result) => (await result.data()).excerpt));
    });
    expect(excerpts.filter((excerpt) => /https?:|qkss\.org/.test(excerpt))).toEqual([]);
  });

  test(`content pages rank above list pages (${lang})`, async ({ page }) => {
    await open(page, `/${lang}/search/`);
    for (const query of QUERIES[lang]) {
      const top = (await rankedUrls(page, query)).slice(0, 5);
      expect(top.length, `results for ${query}`).toBeGreaterThan(0);
      expect(top.filter((url) => isListPage(lang, url)), `list pages in the top five for ${query}: ${top.join(', ')}`).toEqual([]);
    }
  });
}
