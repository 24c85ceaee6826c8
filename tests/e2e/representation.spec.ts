/**
 * The representation page of the built site: for each institution and year a chart of women's share by
 * rank (hierarchy in order, parity marked) with its source right under it, the table with the figures
 * exactly as in data/representation, what the data cover and do not cover, no synthetic-data notice,
 * and no axe violations, in every language. Then the published figures: every figure id with its value
 * as the page words it and a link to its source, every conflict group with all its figures side by
 * side, uncertain years marked, and a chart per institution.
 */
import { test, expect, open } from './support/fixtures.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { loadRepresentation } from '../../scripts/library/load-representation.ts';
import { publicationIds } from '../../scripts/representation/source-publications.ts';
import { formatPercentNumber } from '../../src/lib/format.ts';
import { LANGS, type Lang } from '../../src/lib/i18n-langs.ts';
import { formatFigureValue } from '../../src/lib/representation/figure-format.ts';
import type { PublishedFigure } from '../../src/lib/representation/figure-schema.ts';

// Publication ids from the library's file names, as the pipeline takes them: this spec checks the
// representation page, not the library's own validation.
const { metadata, rows, figures, figureVocabulary } = loadRepresentation('data/representation', { publicationIds: publicationIds('data/publications') });
const ksf = metadata.institutions.find((institution) => institution.id === 'ksf');
if (!ksf) throw new Error('data/representation has no KSF');
const shareOf = (rank: string, group: string) => rows.find((row) => row.institution === 'ksf' && row.rank === rank && row.group === group)?.share;

for (const lang of LANGS) {
  test.describe(`the representation page (${lang})`, () => {
    test('charts women\'s share by rank in hierarchy order, parity marked, source beside it', async ({ page }) => {
      await open(page, `/${lang}/representation/`);
      await expect(page.locator('[data-synthetic-notice]')).toHaveCount(0);
      const figure = page.locator('figure[data-rank-chart]').first();
      // The wide rendering shows on this desktop-sized window (the narrow one on phones).
      const svg = figure.locator('svg[viewBox][role="img"]:visible');
      await expect(svg).toBeVisible();
      const labels = ksf.ranks.map((rank) => rank.label[lang]);
      const texts = await svg.locator('text').allTextContents();
      expect(texts.filter((text) => labels.includes(text))).toEqual(labels);
      await expect(svg.locator('line[stroke-dasharray], g[stroke-dasharray] line')).toHaveCount(1);
      await expect(svg).toContainText('50%');
      const source = figure.locator('figcaption [data-source="gender-integration-ksf"]');
      await expect(source).toBeVisible();
      await expect(source).toContainText('Figure 1');
      await expect(source.locator('a')).toHaveAttribute('href', `/${lang}/publications/gender-integration-ksf/`);
    });

    test('tables the published figures rank by rank and says what the data do not cover', async ({ page }) => {
      await open(page, `/${lang}/representation/`);
      const table = page.locator('table[data-rank-table]').first();
      const ranks = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-rank')));
      expect(ranks).toEqual(ksf.ranks.map((rank) => rank.id));
      for (const rank of ksf.ranks) {
        const cells = table.locator(`tr[data-rank="${rank.id}"] td`);
        await expect(cells.nth(0)).toHaveText(formatPercentNumber(lang, (shareOf(rank.id, 'women') ?? Number.NaN) / 100, 0));
        await expect(cells.nth(1)).toHaveText(formatPercentNumber(lang, (shareOf(rank.id, 'men') ?? Number.NaN) / 100, 0));
      }
      await expect(page.locator('main')).toContainText(metadata.doesNotCover[lang].slice(0, 40));
      await expect(page.locator(`main a[href="/${lang}/data/representation/"]`)).toHaveCount(1);
      await expectNoAxeViolations(page);
    });
  });
}

/** Where a figure's source link must point: its own address, or its publication's page on the portal. */
const sourceHref = (lang: Lang, figure: PublishedFigure) => figure.sourceUrl ?? `/${lang}/publications/${figure.publication ?? ''}/`;

/** Figures a reader must find with fixed wording (the qualifier in words, the decimals as published). */
const WORDED: Record<Lang, [string, string][]> = {
  en: [['B01-1', 'about 16%'], ['B02-1', 'up to 8%'], ['B07-1', 'less than 15%'], ['B16-1', '11.34%'], ['B05-2', 'about 8,600']],
  sq: [['B01-1', 'rreth 16%'], ['B02-1', 'deri në 8%'], ['B07-1', 'më pak se 15%'], ['B16-1', '11,34%'], ['B37-1', 'mbi 10%']],
  sr: [['B01-1', 'oko 16%'], ['B02-1', 'do 8%'], ['B07-1', 'manje od 15%'], ['B16-1', '11,34%'], ['B05-2', 'oko 8.600']],
};

for (const lang of LANGS) {
  test.describe(`the published figures on the representation page (${lang})`, () => {
    test('every figure is in a table with its value and a link to its source', async ({ page }) => {
      await open(page, `/${lang}/representation/`);
      const shown = await page.locator('table[data-figure-table] tr[data-figure]').evaluateAll((trs) =>
        trs.map((tr) => {
          const link = tr.querySelector('a[data-figure-source]');
          return { id: tr.getAttribute('data-figure'), value: tr.querySelector('[data-value]')?.textContent?.trim(), href: link?.getAttribute('href'), publisher: link?.textContent?.trim() };
        }),
      );
      const expected = figures.map((figure) => ({ id: figure.figureId, value: formatFigureValue(lang, figure), href: sourceHref(lang, figure), publisher: figure.publisher }));
      const sortById = <T extends { id: string | null }>(list: T[]) => [...list].sort((a, b) => String(a.id).localeCompare(String(b.id)));
      expect(sortById(shown)).toEqual(sortById(expected));
      for (const [id, value] of WORDED[lang]) await expect(page.locator(`tr[data-figure="${id}"] [data-value]`)).toHaveText(value);
    });

    test('each conflict group shows all its figures side by side, each with its source, and the table points to it', async ({ page }) => {
      await open(page, `/${lang}/representation/`);
      for (const conflict of figureVocabulary.conflicts) {
        const members = figures.filter((figure) => figure.conflictGroup === conflict.id);
        expect(new Set(members.map((figure) => `${figure.qualifier ?? ''}${figure.value}`)).size, conflict.id).toBeGreaterThanOrEqual(2);
        const block = page.locator(`[data-conflict-group="${conflict.id}"]`);
        await expect(block.locator('h4')).toContainText(conflict.label[lang]);
        const items = block.locator('li[data-figure]');
        await expect(items).toHaveCount(members.length);
        for (const figure of members) {
          const item = block.locator(`li[data-figure="${figure.figureId}"]`);
          await expect(item.locator('[data-value]')).toHaveText(formatFigureValue(lang, figure));
          await expect(item.locator('a[data-figure-source]')).toHaveAttribute('href', sourceHref(lang, figure));
          await expect(page.locator(`tr[data-figure="${figure.figureId}"] a[data-conflict-mark]`)).toHaveAttribute('href', `#conflict-${conflict.id}`);
        }
        // Side by side: the figures of a group sit on one line on this desktop-sized window.
        const tops = await items.evaluateAll((lis) => lis.slice(0, 2).map((li) => li.getBoundingClientRect().top));
        expect(tops[0]).toBe(tops[1]);
      }
    });

    test('marks uncertain years and draws one chart per institution across years', async ({ page }) => {
      await open(page, `/${lang}/representation/`);
      for (const figure of figures.filter((candidate) => ['approximate', 'inferred', 'not-stated'].includes(candidate.yearStatus))) {
        await expect(page.locator(`tr[data-figure="${figure.figureId}"] [data-year-caution]`), figure.figureId).not.toBeEmpty();
      }
      await expect(page.locator('tr[data-figure="B03-1"] [data-year-caution]')).toHaveCount(0);
      for (const institution of figureVocabulary.institutions) {
        const chart = page.locator(`[data-institution-figures="${institution.id}"] figure[data-figure-chart]`);
        const svg = chart.locator('svg[viewBox][role="img"]:visible');
        await expect(svg).toBeVisible();
        expect(await svg.locator('title').count(), institution.id).toBeGreaterThan(3);
        await expect(chart.locator('figcaption')).toContainText(figureVocabulary.groups[0]?.label[lang] ?? '');
      }
      await expect(page.locator('a[data-figures-download]')).toHaveCount(2);
      await expectNoAxeViolations(page);
    });
  });
}
