/**
 * The representation page of the built site: for each institution and year a chart of women's share by
 * rank (hierarchy in order, parity marked) with its source right under it, the table with the figures
 * exactly as in data/representation, what the data cover and do not cover, no synthetic-data notice,
 * and no axe violations, in every language.
 */
import { test, expect, open } from './support/fixtures.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { loadRepresentation } from '../../scripts/library/load-representation.ts';
import { formatPercentNumber } from '../../src/lib/format.ts';
import { LANGS } from '../../src/lib/i18n-langs.ts';

const { metadata, rows } = loadRepresentation('data/representation');
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
