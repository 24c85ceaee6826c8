/** The publication library, publication pages, programme and project pages, against the built site. */
import { readFileSync } from 'node:fs';
import { test, expect, open } from './support/fixtures.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { loadLibrary } from '../../scripts/library/load-library.ts';
import { LANGS } from '../../src/lib/i18n-langs.ts';

const library = loadLibrary('data');
const total = library.publications.length;
const yearOf = (date: string) => date.slice(0, 4);

test.describe('the publication list without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const lang of LANGS) {
    test(`lists every publication, newest first, with no filter controls (${lang})`, async ({ page }) => {
      await open(page, `/${lang}/publications/`);
      const links = page.locator('ol[data-library-list] > li h2 a');
      await expect(links).toHaveCount(total);
      const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
      expect(hrefs).toEqual(library.publications.map((publication) => `/${lang}/publications/${publication.id}/`));
      await expect(page.locator('form[data-library-filters]')).toBeHidden();
      await expect(page.locator('[data-library-count]')).toContainText(String(total));
    });
  }
});

test.describe('the publication list with JavaScript', () => {
  test('filters by type, programme, year and language, keeps the choice in the URL and announces the count', async ({ page }) => {
    await open(page, '/en/publications/');
    const visible = page.locator('ol[data-library-list] > li:visible');
    await expect(page.locator('form[data-library-filters]')).toBeVisible();
    await expect(visible).toHaveCount(total);

    const briefs = library.publications.filter((publication) => publication.type === 'barometer-report');
    await page.getByLabel('Type').selectOption('barometer-report');
    await expect(visible).toHaveCount(briefs.length);
    await expect(page).toHaveURL(/\?type=barometer-report$/);
    await expect(page.locator('[data-library-count][role="status"]')).toHaveText(`Publications shown: ${briefs.length} of ${total}`);

    await page.getByLabel('Type').selectOption('');
    const gender2023 = library.publications.filter((publication) => publication.programme === 'gender-and-security' && yearOf(publication.date) === '2023');
    await page.getByLabel('Programme').selectOption('gender-and-security');
    await page.getByLabel('Year').selectOption('2023');
    await expect(visible).toHaveCount(gender2023.length);
    await page.getByLabel('Language of the original').selectOption('en');
    await expect(visible).toHaveCount(gender2023.filter((publication) => publication.languages.includes('en')).length);

    // No gender publication is dated 2016, so the list empties and says so.
    expect(library.publications.filter((publication) => publication.programme === 'gender-and-security' && yearOf(publication.date) === '2016')).toEqual([]);
    await page.getByLabel('Year').selectOption('2016');
    await expect(visible).toHaveCount(0);
    await expect(page.locator('[data-library-none]')).toBeVisible();

    await page.getByRole('button', { name: 'Clear the filters' }).click();
    await expect(visible).toHaveCount(total);
    await expect(page).toHaveURL(/\/en\/publications\/$/);

    const undated = library.publications.filter((publication) => publication.dateBasis === 'not-before');
    await page.getByLabel('Year').selectOption({ label: 'Undated' });
    await expect(visible).toHaveCount(undated.length);
    await expect(page).toHaveURL(/\?year=_undated$/);
  });

  test('sorts oldest first and reads the filters from a linked URL', async ({ page }) => {
    await open(page, '/sq/publications/?sort=oldest&year=2022');
    const inYear = library.publications.filter((publication) => yearOf(publication.date) === '2022');
    const visibleLinks = page.locator('ol[data-library-list] > li:visible h2 a');
    await expect(visibleLinks).toHaveCount(inYear.length);
    await expect(page.getByLabel('Viti')).toHaveValue('2022');

    await page.getByLabel('Viti').selectOption('');
    const oldest = [...library.publications].reverse();
    const hrefs = await visibleLinks.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(hrefs).toEqual(oldest.map((publication) => `/sq/publications/${publication.id}/`));
  });

  for (const lang of LANGS) {
    test(`has no axe violations with filters applied (${lang})`, async ({ page }) => {
      await open(page, `/${lang}/publications/?type=report`);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('a publication page', () => {
  const publication = library.publications.find((entry) => entry.id === 'gender-integration-ksf');
  if (!publication?.summary) throw new Error('no summarised gender-integration-ksf in the library');
  const summary = publication.summary;

  for (const lang of LANGS) {
    test(`shows facts, summary, related pages and indicators with codebook labels, and a citation (${lang})`, async ({ page }) => {
      await open(page, `/${lang}/publications/${publication.id}/`);
      await expect(page.locator('h1')).toHaveText(publication.title[lang]);
      await expect(page.locator('main dl')).toContainText(publication.originalTitle);
      await expect(page.locator('main')).toContainText(publication.isbn ?? '');
      for (const author of publication.authors) await expect(page.locator('main dl')).toContainText(author);
      await expect(page.locator(`main a[href="/${lang}/programmes/${publication.programme ?? ''}/"]`)).toHaveCount(1);
      await expect(page.locator('[data-summary]')).toContainText(summary[lang].slice(0, 80));
      await expect(page.locator('[data-summary-absent]')).toHaveCount(0);
      // The KSF report is the source of the representation page's table by rank.
      await expect(page.locator('a[data-related-page="representation"]')).toHaveAttribute('href', `/${lang}/representation/`);

      const codebook = JSON.parse(readFileSync(`public/data/wbsb/codebook.${lang}.json`, 'utf8')) as { questions: { id: string; short: string }[] };
      const related = page.locator('ul.related-indicators a');
      await expect(related).toHaveCount(publication.relatedIndicators.length);
      for (const [index, id] of publication.relatedIndicators.entries()) {
        await expect(related.nth(index)).toHaveAttribute('href', `/${lang}/indicators/${id}/`);
        await expect(related.nth(index)).toHaveText(codebook.questions.find((question) => question.id === id)?.short ?? '');
      }
      await expect(page.locator('[data-citation="apa"]')).toContainText(`${publication.authors.join('')} (2023). ${publication.originalTitle}.`);
      await expectNoAxeViolations(page);
    });
  }

  test('carries its programme and year as search filters', async ({ page }) => {
    await open(page, `/en/publications/two-opposite-viewpoints/`);
    const entry = library.publications.find((candidate) => candidate.id === 'two-opposite-viewpoints');
    await expect(page.locator('a[data-original-link]')).toHaveAttribute('href', entry?.url ?? '');
    await expect(page.locator('meta[data-pagefind-filter="type[content]"]')).toHaveAttribute('content', 'publication');
    await expect(page.locator('meta[data-pagefind-filter="year[content]"]')).toHaveAttribute('content', yearOf(entry?.date ?? ''));
    await expect(page.locator('meta[data-pagefind-filter="programme[content]"]')).toHaveAttribute('content', entry?.programme ?? '');
  });
});

test.describe('every publication page', () => {
  test.use({ javaScriptEnabled: false });
  for (const lang of LANGS) {
    test(`links to its original, and shows its summary or, without one, what is known and no empty summary (${lang})`, async ({ page }) => {
      for (const publication of library.publications) {
        await open(page, `/${lang}/publications/${publication.id}/`);
        const original = page.locator('main a[data-original-link]');
        if (publication.url === undefined) {
          // Only where the sources give no address at all (the unit tests pin which ones), and the page says so.
          expect(publication.noKnownUrl, publication.id).toBe(true);
          await expect(page.locator('[data-no-original-link]'), publication.id).toHaveCount(1);
        } else {
          await expect(original, publication.id).toHaveAttribute('href', publication.url);
        }
        if (publication.summary) {
          await expect(page.locator('[data-summary] .prose'), publication.id).toContainText(publication.summary[lang].slice(0, 60));
        } else {
          await expect(page.locator('[data-summary]'), publication.id).toHaveCount(0);
          await expect(page.locator('main .prose'), publication.id).toHaveCount(0);
          await expect(page.locator('[data-known-sentence]'), publication.id).toHaveText(/\S.{20,}/u);
        }
      }
    });
  }
});

test.describe('a publication the portal has not read', () => {
  const publication = library.publications.find((entry) => entry.id === 'wbsb-2021-serbia-no-democracy');
  if (!publication?.files) throw new Error('no wbsb-2021-serbia-no-democracy with its report files');
  const files = publication.files;

  for (const lang of LANGS) {
    test(`shows its metadata: titles as published, date, type, programme, authors, publisher, editions (${lang})`, async ({ page }) => {
      await open(page, `/${lang}/publications/${publication.id}/`);
      await expect(page.locator('h1')).toHaveText(publication.title[lang]);
      // Published in English and Serbian: only the Albanian title is the portal's translation.
      await expect(page.locator('[data-title-translated]')).toHaveCount(lang === 'sq' ? 1 : 0);
      const facts = page.locator('main dl');
      await expect(facts.locator('span[lang="en"]')).toHaveText(publication.title.en);
      await expect(facts.locator('span[lang="sr-Latn"]')).toHaveText(publication.title.sr);
      for (const author of publication.authors) await expect(facts).toContainText(author);
      await expect(facts).toContainText(lang === 'sr' ? 'Beogradski centar za bezbednosnu politiku (BCBP)' : 'BCSP');
      await expect(facts).toContainText(lang === 'en' ? 'January 2022' : lang === 'sq' ? 'janar 2022' : 'januar 2022');
      await expect(facts.locator(`a[href="/${lang}/programmes/security-barometer/"]`)).toHaveCount(1);
      await expect(page.locator('a[data-original-link]')).toHaveAttribute('href', publication.url ?? '');
      await expect(page.locator('a[data-edition-link]')).toHaveAttribute('href', new RegExp(`${files.sr ?? 'none'}$`, 'u'));
      // Until the portal has read the report, the page says what is known instead of a summary.
      if (publication.summary === undefined) {
        await expect(page.locator('[data-summary-absent]')).toBeVisible();
        await expect(page.locator('[data-known-sentence]')).toContainText(lang === 'sr' ? 'BCBP' : 'BCSP');
      } else {
        await expect(page.locator('[data-summary-absent]')).toHaveCount(0);
      }
      await expect(page.locator('[data-citation="apa"]')).toContainText(`Predrag Petrović & Srđan Hercigonja (2022). ${publication.originalTitle}.`);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('programme and project pages', () => {
  for (const lang of LANGS) {
    test(`a programme lists its projects and publications (${lang})`, async ({ page }) => {
      const programme = library.programmes.find((entry) => entry.id === 'good-governance');
      await open(page, `/${lang}/programmes/good-governance/`);
      await expect(page.locator('h1')).toHaveText(programme?.name[lang] ?? '');
      const own = library.publications.filter((publication) => publication.programme === 'good-governance');
      await expect(page.locator('ol.publication-list > li')).toHaveCount(own.length);
      const projects = library.projects.filter((project) => project.programme === 'good-governance');
      for (const project of projects) await expect(page.locator(`a[href="/${lang}/projects/${project.id}/"]`)).toHaveCount(1);
      await expectNoAxeViolations(page);
    });

    test(`a project shows its partners, supporters, places and publications (${lang})`, async ({ page }) => {
      const project = library.projects.find((entry) => entry.id === 'inclusiveness-security-sector');
      if (!project) throw new Error('no inclusiveness-security-sector project');
      await open(page, `/${lang}/projects/${project.id}/`);
      for (const name of [...project.partners, ...project.supporters, ...project.places]) await expect(page.locator('main dl')).toContainText(name);
      await expect(page.locator('ol.publication-list > li')).toHaveCount(project.publications.length);
      await expectNoAxeViolations(page);
    });
  }

  test('the programme index links every programme', async ({ page }) => {
    await open(page, '/sr/programmes/');
    for (const programme of library.programmes) await expect(page.locator(`main a[href="/sr/programmes/${programme.id}/"]`)).toHaveCount(1);
  });
});
