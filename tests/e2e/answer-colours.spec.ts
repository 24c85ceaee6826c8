/**
 * One palette per kind of scale: an answer has the same colour on its indicator page (answer by
 * country, drawn at build time) as in the explorer's stacked chart (drawn in the browser), for an
 * ordered scale and an unordered one, in every language; and the colours are the palette's own.
 */
import { expect, open, test } from './support/fixtures.ts';
import { openExplorer, waitForEngineView } from './support/explorer.ts';
import { loadCodebook } from './support/reference-crosstab.ts';
import { answerColourMap } from '../../src/charts/palette.ts';
import { LANGS } from '../../src/lib/i18n-langs.ts';

const QUESTIONS = ['trust_police', 'police_serves_whom'];

/** Label → colour (as the browser computes it, so hex and rgb() compare) of the swatches of a legend. */
async function legendColours(page: import('@playwright/test').Page, selector: string): Promise<Record<string, string>> {
  return page.locator(selector).evaluateAll((items) =>
    Object.fromEntries(items.map((item) => {
      const swatch = item.querySelector('.swatch');
      return [item.textContent?.trim() ?? '', swatch ? getComputedStyle(swatch).backgroundColor : ''];
    })),
  );
}

/** #rrggbb as the browser's computed rgb(). */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

for (const lang of LANGS) {
  const codebook = loadCodebook(lang);
  for (const id of QUESTIONS) {
    test(`${id} in ${lang}: the same answer, the same colour, on the indicator page and in the explorer`, async ({ page }) => {
      test.setTimeout(120_000);
      const question = codebook.questions.find((q) => q.id === id);
      if (!question) throw new Error(`no question ${id}`);
      const colourOf = answerColourMap(question);
      const expected = Object.fromEntries(question.values.map((v) => [v.label, rgb(colourOf.get(v.code) ?? '')]));

      await open(page, `/${lang}/indicators/${id}/`);
      expect(await legendColours(page, '#distribution-title ~ figure .legend li, section[aria-labelledby="distribution-title"] .legend li')).toEqual(expected);

      const query = `q=${id}&by=country&w=1&dk=0&chart=stacked`;
      await openExplorer(page, lang, query);
      await waitForEngineView(page, query);
      expect(await legendColours(page, '.figure-legend li:not(:has(.interval))')).toEqual(expected);
    });
  }
}
