/**
 * KCSS's published figures on the site: the indicator page's "as published" section (every figure with
 * its source, conflicting figures side by side, never drawn as the portal's estimate), and the dataset
 * page's published-against-recomputed table, checked against the pipeline's own files.
 */
import { test, expect, open } from './support/fixtures.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { LANGS } from '../../src/lib/i18n-langs.ts';

interface Figure { id: string; question: string | null; conflict: string | null; sourceUrl: string; valueText: string }
interface Comparison { rows: { figure: string; flagged: boolean; country: string }[]; summary: { country: string; figures: number; within: number }[] }

test.describe('published figures on an indicator page', () => {
  for (const lang of LANGS) {
    test(`every published figure of the question is listed with its source, and conflicts keep both values (${lang})`, async ({ page }) => {
      const { figures } = (await (await page.request.get('/data/published/published.json')).json()) as { figures: Figure[] };
      const mine = figures.filter((figure) => figure.question === 'trust_police');
      expect(mine.length).toBeGreaterThan(10);
      await open(page, `/${lang}/indicators/trust_police/`);
      const section = page.locator('[data-published-section]');
      await expect(section).toBeVisible();
      await expect(section.locator('tbody tr')).toHaveCount(mine.length);
      for (const figure of mine) {
        const row = section.locator(`tr[data-figure="${figure.id}"]`);
        await expect(row.locator('a[href]').first()).toHaveAttribute('href', figure.sourceUrl);
        await expect(row).toContainText(figure.valueText);
      }
      // A conflict stays two rows, one per source, each marked.
      const groups = [...new Set(mine.flatMap((figure) => (figure.conflict ? [figure.conflict] : [])))];
      expect(groups.length).toBeGreaterThan(0);
      for (const group of groups) {
        const members = mine.filter((figure) => figure.conflict === group);
        expect(members.length).toBeGreaterThanOrEqual(2);
        await expect(section.locator(`tr[data-conflict="${group}"]`)).toHaveCount(members.length);
      }
      await expectNoAxeViolations(page);
    });
  }

  test('a question KCSS never published a figure for has no such section', async ({ page }) => {
    await open(page, '/en/indicators/contact_firefighters/');
    await expect(page.locator('[data-published-section]')).toHaveCount(0);
  });
});

test.describe('published against recomputed', () => {
  for (const lang of LANGS) {
    test(`the dataset page lists every comparable figure with its difference and flag (${lang})`, async ({ page }) => {
      const comparison = (await (await page.request.get('/data/published/comparison.json')).json()) as Comparison;
      expect(comparison.rows.length).toBeGreaterThan(100);
      await open(page, `/${lang}/data/published/`);
      const table = page.locator('table[data-comparison]');
      await expect(table.locator('tbody tr')).toHaveCount(comparison.rows.length);
      await expect(table.locator('tr[data-flagged="yes"]')).toHaveCount(comparison.rows.filter((row) => row.flagged).length);
      // Kosovo's figures are reproduced (unweighted reports); the reading says how many.
      const kosovo = comparison.summary.find((summary) => summary.country === 'XK');
      expect(kosovo && kosovo.within / kosovo.figures).toBeGreaterThan(0.9);
      await expect(page.locator('[data-readings] li[data-country="XK"]')).toContainText(String(kosovo?.within));
      await expectNoAxeViolations(page);
    });
  }
});
