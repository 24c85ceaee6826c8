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

    await page.getByLabel('Year').selectOption('2016');
    await expect(visible).toHaveCount(0);
    await expect(page.locator('[data-library-none]')).toBeVisible();

    await page.getByRole('button', { name: 'Clear the filters' }).click();
    await expect(visible).toHaveCount(total);
    await expect(page).toHaveURL(/\/en\/publications\/$/);
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
  if (!publication) throw new Error('no gender-integration-ksf in the library');

  for (const lang of LANGS) {
    test(`shows facts, summary, related indicators with codebook labels, and a citation (${lang})`, async ({ page }) => {
      await open(page, `/${lang}/publications/${publication.id}/`);
      await expect(page.locator('h1')).toHaveText(publication.title[lang]);
      await expect(page.locator('main')).toContainText(publication.originalTitle);
      await expect(page.locator('main')).toContainText(publication.isbn ?? '');
      for (const author of publication.authors) await expect(page.locator('main dl')).toContainText(author);
      await expect(page.locator(`main a[href="/${lang}/programmes/${publication.programme ?? ''}/"]`)).toHaveCount(1);
      await expect(page.locator('main')).toContainText(publication.summary[lang].slice(0, 80));

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

  test('links to the original and carries its programme and year as search filters', async ({ page }) => {
    await open(page, `/en/publications/two-opposite-viewpoints/`);
    const entry = library.publications.find((candidate) => candidate.id === 'two-opposite-viewpoints');
    await expect(page.getByRole('link', { name: 'Read the original on the publisher’s website' })).toHaveAttribute('href', entry?.url ?? '');
    await expect(page.locator('meta[data-pagefind-filter="type[content]"]')).toHaveAttribute('content', 'publication');
    await expect(page.locator('meta[data-pagefind-filter="year[content]"]')).toHaveAttribute('content', yearOf(entry?.date ?? ''));
    await expect(page.locator('meta[data-pagefind-filter="programme[content]"]')).toHaveAttribute('content', entry?.programme ?? '');
  });
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
