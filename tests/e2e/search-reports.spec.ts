/**
 * Search on the real WBSB reports (../shared/publications/wbsb-reports, see INDEX.md there), when that
 * folder exists; skipped otherwise, as on a fresh clone or in CI. Words that appear only inside one
 * report, on one page, and on no page of the portal, lead in each language to the right publication
 * page and PDF page; the reports are in the index of their own language only; Albanian queries find
 * the same reports with and without diacritics.
 */
import type { Page } from '@playwright/test';
import { expect, open } from './support/fixtures.ts';
import { allSearchResults, testOnBuiltSite } from './support/built-site.ts';
import { ui } from '../../src/i18n/index.ts';
import { LANGS, type Lang } from '../../src/lib/i18n-langs.ts';
import { hasReports, indexSiteWithReports } from '../fixtures/search/reports-site.ts';

/** Per language: a word found in one report only, on one page only (checked on the reports' text). */
const ONLY_IN_A_REPORT: Record<Lang, { word: string; publication: string; file: string; page: number }> = {
  sq: { word: 'cënueshmëria', publication: 'wbsb-2021-albania-public-safety-threats', file: 'c7da4ff4-9c18-4bc7-af79-74f6649a5367.pdf', page: 13 },
  en: { word: 'unaccountable', publication: 'wbsb-2021-albania-security-justice-corruption', file: '7c162994-f905-4604-8534-af206cfdfb4f.pdf', page: 19 },
  sr: { word: 'neusklađenost', publication: 'wbsb-2021-serbia-pandemic-trust', file: '7b1871e4-3241-4ed9-bcba-b18e05bc2019.pdf', page: 8 },
};

async function allResultUrls(page: Page, term: string): Promise<string[]> {
  return (await allSearchResults(page, term)).map((result) => result.url);
}

const pdfPages = (urls: readonly string[]) => urls.filter((url) => url.includes('#page='));
const withoutMarks = (text: string) => text.normalize('NFD').replace(/\p{Mn}/gu, '');

const reportsTest = testOnBuiltSite('search-reports-site-', async (work) => (await indexSiteWithReports(process.env['E2E_DIST'] ?? 'dist', work)).siteDir);

reportsTest.describe('search of the WBSB reports', () => {
  reportsTest.skip(!hasReports, 'no ../shared/publications/wbsb-reports here');
  reportsTest.describe.configure({ mode: 'serial' });

  reportsTest('a word found only inside a report leads, in each language, to its publication page and PDF page', async ({ page, request }) => {
    for (const lang of LANGS) {
      const { word, publication, file, page: pdfPage } = ONLY_IN_A_REPORT[lang];
      const target = `/${lang}/publications/${publication}/#page=${pdfPage}`;
      await open(page, `/${lang}/search/?q=${encodeURIComponent(word)}`);
      await page.locator('[data-search-status][data-search-done]').waitFor({ state: 'attached' });
      const first = page.locator('ol[data-search-results] a[data-result-link]').first();
      await expect(first).toHaveAttribute('href', target);
      const pdfLink = page.getByRole('link', { name: ui(lang).search_ui_pdf_open.replace('{page}', String(pdfPage)) }).first();
      await expect(pdfLink).toHaveAttribute('href', `/publications/files/${file}#page=${pdfPage}`);
      expect(pdfPages(await allResultUrls(page, word))).toEqual([target]);
      // The report's pages are in its own language's index only. (Another index may still return some
      // page for a foreign word, by a prefix of it: Pagefind's matching, not this report's text.)
      for (const other of LANGS.filter((candidate) => candidate !== lang)) {
        await open(page, `/${other}/search/`);
        const found = (await allSearchResults(page, word)).filter((result) => result.pdf === `/publications/files/${file}`);
        expect(found, `${word} in the ${other} index`).toEqual([]);
      }
      const pdf = await request.get(`/publications/files/${file}`);
      expect(pdf.headers()['content-type']).toBe('application/pdf');
    }
  });

  reportsTest('Albanian queries find the same reports with and without diacritics', async ({ page }) => {
    await open(page, '/sq/search/');
    for (const word of [ONLY_IN_A_REPORT.sq.word, 'kërcënimeve', 'veçanërisht']) {
      const withMarksUrls = pdfPages(await allResultUrls(page, word));
      expect(withMarksUrls.length, word).toBeGreaterThan(0);
      expect(pdfPages(await allResultUrls(page, withoutMarks(word))), withoutMarks(word)).toEqual(withMarksUrls);
    }
  });
});
