/**
 * Full-site search against the built site and its Pagefind index (node scripts/search/build-index.ts):
 * every language, missing diacritics, filters, keyboard, the empty state, accessibility, no JavaScript,
 * and (on a site built from a fixture library) words found only inside the PDFs the test generates,
 * each in the search of its own language.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, open } from './support/fixtures.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { allSearchResults, testOnBuiltSite } from './support/built-site.ts';
import { loadLibrary } from '../../scripts/library/load-library.ts';
import { ui } from '../../src/i18n/index.ts';
import { LANGS, type Lang } from '../../src/lib/i18n-langs.ts';
import { PHRASE_PAGE } from '../fixtures/search/fixture-pdf.ts';
import { FIXTURE_FILES, FIXTURE_ID, FIXTURE_PHRASES, FIXTURE_TITLE, buildPdfFixtureSite } from '../fixtures/search/pdf-site.ts';
import { LOCALE_TAG } from '../../src/lib/i18n-langs.ts';

const library = loadLibrary('data');
const codebookQuestions = (lang: Lang) => (JSON.parse(readFileSync(`public/data/wbsb/codebook.${lang}.json`, 'utf8')) as { questions: unknown[] }).questions;
const status = (page: Page) => page.locator('[data-search-status]');
const resultLinks = (page: Page) => page.locator('ol[data-search-results] a[data-result-link]');

/** Opens the search page at a URL and waits until the results of that URL's search are on screen. */
async function searchAt(page: Page, path: string): Promise<void> {
  await open(page, path);
  await page.locator('[data-search-status][data-search-done]').waitFor({ state: 'attached' });
}

async function hrefs(page: Page): Promise<string[]> {
  return resultLinks(page).evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
}

/** Ids of every page Pagefind finds for a term, straight from its API in the page (the list shows five at a time). */
async function allResultIds(page: Page, term: string): Promise<string[]> {
  return page.evaluate(async (query) => {
    const url = '/pagefind/pagefind.js';
    const pagefind = (await import(url)) as { search(term: string): Promise<{ results: { id: string }[] }> };
    return (await pagefind.search(query)).results.map((result) => result.id).sort();
  }, term);
}

const HEADER_QUERIES: Record<Lang, string> = { sq: 'sigurisë', en: 'police', sr: 'bezbednost' };

for (const lang of LANGS) {
  test(`the header's search box leads to highlighted results that keep the query in the URL (${lang})`, async ({ page }) => {
    await open(page, `/${lang}/`);
    await page.locator('#site-search-q').fill(HEADER_QUERIES[lang]);
    await page.locator('#site-search-q').press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${lang}/search/\\?q=`));
    await page.locator('[data-search-status][data-search-done]').waitFor({ state: 'attached' });
    expect(await resultLinks(page).count()).toBeGreaterThan(0);
    await expect(page.locator('ol[data-search-results] mark').first()).toBeVisible();
    await expect(page.locator('#search-q')).toHaveValue(HEADER_QUERIES[lang]);
  });

  test(`a search index that fails to load says so, and its retry button searches again (${lang})`, async ({ page, guard }) => {
    guard.allowedConsoleErrors.push(/Failed to load resource: net::ERR_CONNECTION_FAILED/);
    let aborted = 0;
    await page.route('**/pagefind/pagefind.js', async (route) => {
      if (aborted === 0) {
        aborted += 1;
        await route.abort('connectionfailed');
      } else {
        await route.continue();
      }
    });
    await open(page, `/${lang}/search/?q=${encodeURIComponent(HEADER_QUERIES[lang])}`);
    await expect(status(page)).toHaveText(ui(lang).search_ui_error);
    const retry = page.getByRole('button', { name: ui(lang).search_ui_retry });
    await expect(retry).toBeVisible();
    expect(await resultLinks(page).count()).toBe(0);
    await expectNoAxeViolations(page);
    await retry.press('Enter');
    await page.locator('[data-search-status][data-search-done]').waitFor({ state: 'attached' });
    expect(await resultLinks(page).count()).toBeGreaterThan(0);
    await expect(retry).toBeHidden();
    await expect(page.locator('#search-q')).toBeFocused();
    expect(aborted).toBe(1);
  });

  test(`has no axe violations with results on screen (${lang})`, async ({ page }) => {
    await searchAt(page, `/${lang}/search/?q=${encodeURIComponent(HEADER_QUERIES[lang])}`);
    expect(await resultLinks(page).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
  });

  test(`filters alone list exactly the matching pages (${lang})`, async ({ page }) => {
    const t = ui(lang);
    await searchAt(page, `/${lang}/search/?type=publication`);
    await expect(status(page)).toHaveText(t.search_ui_count_filtered.replace('{count}', String(library.publications.length)));

    const in2023 = library.publications.filter((publication) => publication.date.startsWith('2023'));
    await searchAt(page, `/${lang}/search/?year=2023`);
    await expect(status(page)).toHaveText(t.search_ui_count_filtered.replace('{count}', String(in2023.length)));
    // The list shows the first results only: each must be one of the year's publications.
    const expected2023 = in2023.map((publication) => `/${lang}/publications/${publication.id}/`);
    const shown2023 = await hrefs(page);
    expect(shown2023.length).toBe(Math.min(5, expected2023.length));
    for (const href of shown2023) expect(expected2023).toContain(href);

    // One indicator page per codebook question; dataset pages live under /<lang>/data/<id>/.
    await searchAt(page, `/${lang}/search/?type=indicator`);
    await expect(status(page)).toHaveText(t.search_ui_count_filtered.replace('{count}', String(codebookQuestions(lang).length)));
    await searchAt(page, `/${lang}/search/?type=dataset`);
    const datasets = await hrefs(page);
    expect(datasets.length).toBeGreaterThan(0);
    for (const href of datasets) expect(href).toMatch(new RegExp(`^/${lang}/data/[^/]+/$`, 'u'));

    // The programme's page, its projects' pages and its publications carry the programme filter.
    const programme = 'good-governance';
    const expected = [
      `/${lang}/programmes/${programme}/`,
      ...library.projects.filter((project) => project.programme === programme).map((project) => `/${lang}/projects/${project.id}/`),
      ...library.publications.filter((publication) => publication.programme === programme).map((publication) => `/${lang}/publications/${publication.id}/`),
    ];
    await searchAt(page, `/${lang}/search/?programme=${programme}`);
    await expect(status(page)).toHaveText(t.search_ui_count_filtered.replace('{count}', String(expected.length)));
  });
}

test('the status shows a query holding $\' $& or {count} literally, as typed', async ({ page }) => {
  const query = "zqxj$'$&{count}$`{query}";
  await searchAt(page, `/en/search/?q=${encodeURIComponent(query)}`);
  // Built by hand from the template's own parts, so no replacement pattern is involved.
  const [before = '', after = ''] = ui('en').search_ui_count.split('{query}');
  await expect(status(page)).toHaveText(`${before}${query}${after.split('{count}').join('0')}`);
});

test('Albanian: siguri, sigurise and sigurisë find the same pages (prefix matching adds siguria, sigurinë …)', async ({ page }) => {
  await searchAt(page, '/sq/search/?q=sigurise');
  const countWithout = await status(page).textContent();
  const idsWithout = await allResultIds(page, 'sigurise');
  await searchAt(page, `/sq/search/?q=${encodeURIComponent('sigurisë')}`);
  expect((await status(page).textContent())?.replace('sigurisë', 'sigurise')).toBe(countWithout);
  const idsWith = await allResultIds(page, 'sigurisë');
  expect(idsWith).toEqual(idsWithout);
  expect(idsWith.length).toBeGreaterThan(10);
  const idsStem = await allResultIds(page, 'siguri');
  expect(idsStem.filter((id) => idsWith.includes(id))).toEqual(idsWith);
});

test('Serbian: bezbednost finds its inflected forms, and zene finds žene', async ({ page }) => {
  await searchAt(page, '/sr/search/?q=bezbednost');
  expect(await hrefs(page)).toContain('/sr/programmes/gender-and-security/');
  const marked = await page.locator('ol[data-search-results] mark').allTextContents();
  expect(marked.some((word) => /^bezbednosti/iu.test(word) || /^bezbednosn/iu.test(word))).toBe(true);
  const plain = await allResultIds(page, 'zene');
  expect(plain.length).toBeGreaterThan(0);
  expect(await allResultIds(page, 'žene')).toEqual(plain);
});

test('English: "police trust" lands on the indicator first', async ({ page }) => {
  await searchAt(page, '/en/search/?q=police%20trust');
  await expect(resultLinks(page).first()).toHaveAttribute('href', '/en/indicators/trust_police/');
  await expect(page.locator('.search-result-meta').first()).toHaveText('Indicator');
});

test('English: an exact word ranks before words that only share its stem ("police" before "policy")', async ({ page }) => {
  await searchAt(page, '/en/search/?q=police');
  await expect(resultLinks(page).first()).toContainText(/police/i);
});

test('the filter controls narrow the results and go into the URL', async ({ page }) => {
  await searchAt(page, '/en/search/?q=security');
  const all = await status(page).textContent();
  await page.getByLabel('Content type').selectOption('publication');
  await expect(page).toHaveURL(/\?q=security&type=publication$/);
  await expect(status(page)).not.toHaveText(all ?? '');
  await page.locator('[data-search-status][data-search-done="?q=security&type=publication"]').waitFor({ state: 'attached' });
  for (const meta of await page.locator('.search-result-meta').allTextContents()) expect(meta).toMatch(/^Publication · \d{4}$/u);
  await page.getByLabel('Year').selectOption('2022');
  await page.locator('[data-search-status][data-search-done="?q=security&type=publication&year=2022"]').waitFor({ state: 'attached' });
  for (const meta of await page.locator('.search-result-meta').allTextContents()) expect(meta).toBe('Publication · 2022');
});

test('typing searches after a pause and keeps the query in the URL', async ({ page }) => {
  await open(page, '/sr/search/');
  await expect(status(page)).toHaveText(ui('sr').search_ui_start);
  await page.locator('#search-q').pressSequentially('korupcija');
  await expect(page).toHaveURL(/\/sr\/search\/\?q=korupcija$/);
  await page.locator('[data-search-status][data-search-done="?q=korupcija"]').waitFor({ state: 'attached' });
  expect(await resultLinks(page).count()).toBeGreaterThan(0);
});

test('the keyboard moves through the results: arrows, Tab, Escape, and Enter opens one', async ({ page }) => {
  await searchAt(page, '/en/search/?q=gender');
  const links = resultLinks(page);
  expect(await links.count()).toBeGreaterThan(2);
  await page.locator('#search-q').focus();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(links.last()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('#search-q')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const target = await links.nth(1).getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${target ?? ''}$`));
});

test('"show more" adds the next results and moves focus to the first new one', async ({ page }) => {
  await searchAt(page, '/en/search/?q=security');
  // Five at a time, as Pagefind's own UI shows them.
  await expect(resultLinks(page)).toHaveCount(5);
  await page.locator('button[data-search-more]').click();
  await expect(resultLinks(page)).toHaveCount(10);
  await expect(resultLinks(page).nth(5)).toBeFocused();
});

test('an empty result says so and suggests what to try', async ({ page }) => {
  await searchAt(page, '/sq/search/?q=qwxzjkv');
  const t = ui('sq');
  await expect(status(page)).toHaveText(t.search_ui_count.replace('{query}', 'qwxzjkv').replace('{count}', '0'));
  await expect(resultLinks(page)).toHaveCount(0);
  const empty = page.locator('[data-search-empty]');
  await expect(empty).toBeVisible();
  await expect(empty).toContainText(t.search_ui_empty_diacritics);
  await expect(empty.locator('a[href="/sq/publications/"]')).toHaveCount(1);
  await expect(empty.locator('a[href="/sq/indicators/"]')).toHaveCount(1);
  await expect(empty.getByText(t.search_ui_empty_filters)).toBeHidden();
  await expectNoAxeViolations(page);
  await searchAt(page, '/sq/search/?q=qwxzjkv&type=dataset');
  await expect(empty.getByText(t.search_ui_empty_filters)).toBeVisible();
});

test('Pagefind is loaded by the search page only', async ({ page }) => {
  const pagefindRequests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/pagefind/')) pagefindRequests.push(request.url());
  });
  await open(page, '/en/publications/');
  await open(page, '/en/publications/gender-integration-ksf/');
  expect(pagefindRequests).toEqual([]);
  await searchAt(page, '/en/search/?q=police');
  expect(pagefindRequests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test('the shipped site holds no test publication', async ({ request }) => {
  expect((await request.get(`/en/publications/${FIXTURE_ID}/`)).status()).toBe(404);
  for (const file of Object.values(FIXTURE_FILES)) expect((await request.get(`/publications/files/${file}`)).status()).toBe(404);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const lang of LANGS) {
    test(`the search page explains that search needs JavaScript and links to the lists (${lang})`, async ({ page }) => {
      await open(page, `/${lang}/search/?q=test`);
      await expect(page.locator('main')).toContainText(ui(lang).search_ui_nojs);
      await expect(page.locator(`main a[href="/${lang}/publications/"]`).first()).toBeVisible();
      await expect(page.locator(`main a[href="/${lang}/indicators/"]`).first()).toBeVisible();
      await expect(page.locator('form[data-search-form]')).toBeHidden();
    });
  }
});

/**
 * A separate site, built once per worker from a fixture library whose only publication has three
 * editions (sq, en, sr), PDFs generated by the test; each edition's phrase is on page 2 of its PDF and
 * nowhere in any HTML.
 */
const pdfTest = testOnBuiltSite('search-pdf-site-', async (work) => (await buildPdfFixtureSite(work)).siteDir);

pdfTest.describe('words found only inside a PDF', () => {
  pdfTest.describe.configure({ mode: 'serial' });

  pdfTest('lead, in the language of the edition, to the publication page with the PDF page number', async ({ page, request }) => {
    for (const lang of LANGS) {
      const t = ui(lang);
      const phrase = FIXTURE_PHRASES[lang];
      const localCopy = `/publications/files/${FIXTURE_FILES[lang]}`;
      await searchAt(page, `/${lang}/search/?q=${encodeURIComponent(phrase)}`);
      await expect(status(page)).toHaveText(t.search_ui_count.replace('{query}', phrase).replace('{count}', '1'));
      await expect(resultLinks(page)).toHaveCount(1);
      await expect(resultLinks(page)).toHaveText(FIXTURE_TITLE[lang]);
      await expect(resultLinks(page)).toHaveAttribute('href', `/${lang}/publications/${FIXTURE_ID}/#page=${PHRASE_PAGE}`);
      await expect(page.locator('.search-result-meta')).toContainText(t.search_ui_pdf_page.replace('{page}', String(PHRASE_PAGE)));
      await expect(page.locator('ol[data-search-results] mark').first()).toBeVisible();
      const pdfLink = page.getByRole('link', { name: t.search_ui_pdf_open.replace('{page}', String(PHRASE_PAGE)) });
      await expect(pdfLink).toHaveAttribute('href', `${localCopy}#page=${PHRASE_PAGE}`);
      // The other editions' PDF pages are not in this language's index.
      for (const other of LANGS.filter((candidate) => candidate !== lang)) {
        expect((await allSearchResults(page, FIXTURE_PHRASES[other])).filter((result) => result.url.includes('#page=')), other).toEqual([]);
      }

      await resultLinks(page).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/publications/${FIXTURE_ID}/#page=${PHRASE_PAGE}$`));
      await expect(page.locator('h1')).toHaveText(FIXTURE_TITLE[lang]);
      await expect(page.locator('main')).not.toContainText(phrase.split(' ')[0] ?? phrase);
      // The page links every edition's local copy, and still the original.
      await expect(page.locator('a[data-publication-pdf]')).toHaveCount(LANGS.length);
      await expect(page.locator(`a[data-publication-pdf][hreflang="${LOCALE_TAG[lang]}"]`)).toHaveAttribute('href', localCopy);
      await expect(page.locator('a[data-original-link]')).toHaveCount(1);
      await expect(page.locator('meta[name="citation_pdf_url"]')).toHaveAttribute('content', new RegExp(`${localCopy.replaceAll('.', '\\.')}$`, 'u'));
    }
    const pdf = await request.get(`/publications/files/${FIXTURE_FILES.en}`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
  });

  pdfTest('in Albanian, are found with and without their diacritics', async ({ page }) => {
    await searchAt(page, '/sq/search/');
    const folded = FIXTURE_PHRASES.sq.normalize('NFD').replace(/\p{Mn}/gu, '');
    expect(folded).not.toBe(FIXTURE_PHRASES.sq);
    const withMarks = await allResultIds(page, FIXTURE_PHRASES.sq);
    expect(withMarks).toHaveLength(1);
    expect(await allResultIds(page, folded)).toEqual(withMarks);
  });
});
