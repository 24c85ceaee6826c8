/**
 * The measure and the group comparison in the browser: a permalink with m= and ref= shows the group's
 * row with the engine's numbers, marks against the reference, and carries both into the permalink,
 * the embed code and the SQL; the controls write them.
 */
import { expect, test } from './support/fixtures.ts';
import { openExplorer, waitForEngineView } from './support/explorer.ts';
import { loadCodebook, openReference } from './support/reference-crosstab.ts';
import { parseState, serializeState } from '../../src/lib/explorer/state.ts';
import { compareWithReference } from '../../src/lib/stats/index.ts';

const codebook = loadCodebook('en');

test.describe('explorer measure and comparison', () => {
  test.setTimeout(120_000);

  test('a permalink with the headline group and a reference group', async ({ page }) => {
    const query = serializeState(parseState(new URLSearchParams('q=trust_police&by=country&m=key&ref=2'), codebook).state);
    expect(query).toBe('q=trust_police&by=country&w=1&dk=0&chart=grouped&m=key&ref=2');
    await openExplorer(page, 'en', query);
    await waitForEngineView(page, query);
    const key = codebook.questions.find((q) => q.id === 'trust_police')?.key;
    const rows = page.locator('.result-table tbody tr');
    await expect(rows).toHaveCount(1);
    // The headline's own words, first letter capitalised.
    const label = key?.label ?? '';
    await expect(rows.first().locator('th')).toHaveText(label.charAt(0).toUpperCase() + label.slice(1));
    // The marks are the stats library's, computed in Node on the same table.
    const reference = await openReference(codebook);
    try {
      const result = await reference.crosstab(parseState(new URLSearchParams(query), codebook).state);
      const expected = compareWithReference(result, '2', [1]);
      expect(expected.length).toBeGreaterThan(0);
      for (const comparison of expected) {
        await expect(page.locator(`.result-table td[data-row-code="1"][data-col="${comparison.col}"]`)).toHaveAttribute('data-comparison', comparison.direction);
      }
    } finally {
      reference.close();
    }
    await expect(page.locator('.result-table td[data-col="2"][data-comparison="reference"]')).toHaveCount(1);
    await expect(page.locator('.comparison-legend')).toContainText('Holm’s correction');
    await expect(page.locator('[data-permalink]')).toHaveValue(new RegExp(`\\?${query}$`));
    await expect(page.locator('[data-embed-code]')).toHaveValue(/m=key&amp;ref=2/);
    await expect(page.locator('[data-sql]')).toHaveValue(/CASE WHEN "trust_police" IN \(\d+(, \d+)*\) THEN 1 ELSE 0 END AS answer/);
  });

  test('the controls write the measure and the reference into the URL', async ({ page }) => {
    await openExplorer(page, 'en', 'q=trust_police&by=gender&w=1&dk=0&chart=grouped');
    await waitForEngineView(page);
    await page.locator('#measure-code-1').check();
    await expect(page).toHaveURL(/m=\d(,\d)*$/);
    await expect(page.locator('#measure-codes')).toBeChecked();
    await page.locator('#explorer-reference').selectOption('2');
    await expect(page).toHaveURL(/&ref=2$/);
    await waitForEngineView(page);
    await expect(page.locator('.result-table tbody tr')).toHaveCount(1);
    await page.locator('#measure-answers').check();
    await expect(page).not.toHaveURL(/m=/);
    // Another breakdown has other groups: the reference is dropped, not carried over.
    await page.locator('#explorer-breakdown').selectOption('country');
    await expect(page).not.toHaveURL(/ref=/);
  });
});
