import { describe, expect, it } from 'vitest';
import { chartSpec } from '../../../src/lib/explorer/chart-spec.ts';
import { baseNote, chartNotes, chiSquareSentence, describeFilters, tableCaption } from '../../../src/lib/explorer/describe.ts';
import { resultTableHtml } from '../../../src/lib/explorer/result-html.ts';
import { defaultState, type ExplorerState } from '../../../src/lib/explorer/state.ts';
import { buildView } from '../../../src/lib/explorer/view.ts';
import { crosstab, type CellSums } from '../../../src/lib/stats/index.ts';
import { answerColourMap } from '../../../src/charts/palette.ts';
import { codebook, strings } from './fixture.ts';

/** Unit weights: Σw = Σw² = n. Men (col 1): 40 "No", 60 "Yes"; women (col 2): 20 and 20. */
const unit = (row: number, col: string, n: number): CellSums => ({ row, col, n, sumW: n, sumW2: n });
const cells = [unit(1, '1', 40), unit(2, '1', 60), unit(1, '2', 20), unit(2, '2', 20)];
const state: ExplorerState = { ...defaultState(codebook), breakdown: 'gender', filters: { country: [2] }, chart: 'grouped' };
const view = buildView(crosstab(cells, { weighted: true, rows: [1, 2], cols: ['1', '2'] }), state, codebook, strings.table_all);

/** Wilson score interval, written out: (p + z²/2n ± z√(p(1−p)/n + z²/4n²)) / (1 + z²/n). */
function wilson(p: number, n: number): [number, number] {
  const z = 1.959963984540054;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
  return [centre - half, centre + half];
}

describe('the explorer view model', () => {
  it('labels answers and groups from the codebook and keeps the numbers', () => {
    expect(view.rows.map((r) => r.label)).toEqual(['No', 'Yes']);
    expect(view.columns.map((c) => [c.label, c.n, c.reliability])).toEqual([['Man', 100, 'ok'], ['Woman', 40, 'unreliable']]);
    const yesMen = view.rows[1]?.cells[0];
    expect(yesMen?.share).toBeCloseTo(60 / 100, 12);
    const [lo, hi] = wilson(0.6, 100);
    expect(yesMen?.lo).toBeCloseTo(lo, 10);
    expect(yesMen?.hi).toBeCloseTo(hi, 10);
    expect(view.totalN).toBe(140);
  });

  it('uses the country wording when the view keeps one country', () => {
    expect(view.wording).toBe('Do you trust the Kosovo Police?');
    const both = buildView(crosstab(cells, { weighted: true }), { ...state, filters: { country: [1, 2] } }, codebook, strings.table_all);
    expect(both.wording).toBe('Do you trust the police?');
  });

  it('labels the single column of a view without breakdown', () => {
    const all = buildView(crosstab([unit(1, 'all', 30), unit(2, 'all', 70)], { weighted: true }), { ...state, breakdown: 'none' }, codebook, strings.table_all);
    expect(all.columns.map((c) => c.label)).toEqual(['All respondents']);
    expect(all.breakdownLabel).toBeNull();
    expect(tableCaption(all, strings)).toBe('Trust in the police: share of each answer, all respondents');
  });

  it('labels missing codes when they are included', () => {
    const withMissing = buildView(crosstab([...cells, unit(98, '1', 5)], { weighted: true }), { ...state, includeMissing: true }, codebook, strings.table_all);
    expect(withMissing.rows.map((r) => [r.label, r.missing])).toEqual([['No', false], ['Yes', false], ["Don't know", true]]);
  });
});

describe('the sentences around a cross-tab', () => {
  it('states the chi-square result plainly', () => {
    // Expected counts: row totals 60 and 80, column totals 100 and 40, grand total 140 (= n_eff).
    const observed = [40, 20, 60, 20];
    const expected = [(60 * 100) / 140, (60 * 40) / 140, (80 * 100) / 140, (80 * 40) / 140];
    const chi = observed.reduce((sum, o, i) => sum + (o - (expected[i] ?? 0)) ** 2 / (expected[i] ?? 1), 0);
    expect(chi.toFixed(1)).toBe('1.2');
    // df = 1: p = P(|Z| > √χ²) ≈ 0.280 for χ² = 7/6.
    expect(chiSquareSentence(view, strings, 'en')).toBe(`The differences between the groups are small enough to be due to chance (χ² = ${chi.toFixed(1)}, df = 1, p = 0.280, design-corrected).`);
  });

  it('says "design-corrected" only when design weights were used', () => {
    const unweightedData = { ...codebook, dataset: { ...codebook.dataset, unweightedWaves: [2023, 2024] } };
    const plain = buildView(crosstab(cells, { weighted: true, rows: [1, 2], cols: ['1', '2'] }), state, unweightedData, strings.table_all);
    expect(plain.designWeighted).toBe(false);
    expect(chiSquareSentence(plain, strings, 'en')).toBe('The differences between the groups are small enough to be due to chance (χ² = 1.2, df = 1, p = 0.280).');
    const unweightedState = buildView(crosstab(cells, { weighted: false, rows: [1, 2], cols: ['1', '2'] }), { ...state, weighted: false }, codebook, strings.table_all);
    expect(chiSquareSentence(unweightedState, strings, 'en')).not.toContain('design-corrected');
  });

  it('warns when more than a fifth of the expected counts are below 5, and says suppressed groups are left out', () => {
    // Men: 1 × No, 59 × Yes; women: 9 × No, 31 × Yes; a third group of 10 is suppressed.
    // Shown table [[1, 9], [59, 31]]: row totals 10, 90; column totals 60, 40; N = 100.
    // Expected No: 10·60/100 = 6, 10·40/100 = 4 (below 5); Yes: 54, 36. One of four = 25% > 20%.
    const sparse = [unit(1, '1', 1), unit(2, '1', 59), unit(1, '2', 9), unit(2, '2', 31), unit(1, '3', 10)];
    const sparseView = buildView(crosstab(sparse, { weighted: false, rows: [1, 2], cols: ['1', '2', '3'] }), { ...state, weighted: false }, codebook, strings.table_all);
    // χ² = 25/6 + 25/4 + 25/54 + 25/36 = 11.574…, df = 1.
    expect(sparseView.chiSquare?.statistic).toBeCloseTo(25 / 6 + 25 / 4 + 25 / 54 + 25 / 36, 10);
    const sentence = chiSquareSentence(sparseView, strings, 'en');
    expect(sentence).toContain('χ² = 11.6, df = 1');
    expect(sentence).toContain('Read this test with caution: 25% of the expected counts are below 5');
    expect(sentence).toContain(strings.chi_shown_only);
    // The well-filled table of the other tests carries neither caveat.
    expect(chiSquareSentence(view, strings, 'en')).not.toContain('caution');
  });

  it('says so when there is nothing to test', () => {
    const one = buildView(crosstab([unit(1, 'all', 30), unit(2, 'all', 70)], { weighted: true }), { ...state, breakdown: 'none' }, codebook, strings.table_all);
    expect(chiSquareSentence(one, strings, 'en')).toBe(strings.chi_none);
  });

  it('lists base, filters, weighting, reliability, source, licence and the synthetic notice', () => {
    expect(describeFilters(codebook, { ...state, filters: { wave: [2024], country: [1, 2] } })).toBe('Country: Albania, Kosovo; Wave (year): 2024');
    expect(baseNote(view, strings, 'en')).toBe('Base: 140 respondents (effective n 140).');
    expect(chartNotes(view, codebook, strings, 'en')).toEqual([
      'Base: 140 respondents (effective n 140).',
      'Filters: Country: Kosovo.',
      'Weighted shares.',
      '“Don’t know” and “refused” excluded.',
      '* fewer than 50 respondents: read with caution.',
      'Source: Security Barometer, KCSS, data version 0.1.0.',
      'Licence: CC BY 4.0.',
      `${strings.synthetic_title}: ${strings.synthetic_short}`,
    ]);
  });
});

describe('the result table markup', () => {
  const html = resultTableHtml(view, strings, 'en');

  it('writes each cell as a share with its interval and the exact numbers as data attributes', () => {
    expect(html).toContain('data-row-code="2" data-col="1" data-share="0.6"');
    expect(html).toContain('<span class="share">60.0%</span>');
    const [lo, hi] = wilson(0.6, 100);
    expect(html).toContain(`${(lo * 100).toFixed(1)}–${(hi * 100).toFixed(1)}`);
  });

  it('flags the unreliable column with a reason that can take the keyboard focus', () => {
    expect(html).toContain('<span class="flag" tabindex="0">*<span class="flag-reason">Only 40 respondents in this group (fewer than 50): read with caution.</span></span>');
  });

  it('suppresses a column under 30 respondents', () => {
    const small = buildView(crosstab([unit(1, '1', 10), unit(2, '1', 12), ...cells.slice(2)], { weighted: true, rows: [1, 2], cols: ['1', '2'] }), state, codebook, strings.table_all);
    const markup = resultTableHtml(small, strings, 'en');
    expect(markup).toContain('class="num suppressed" data-row-code="1" data-col="1" data-share=""');
    expect(markup).toContain('—<span class="flag-reason">Not shown: only 22 respondents in this group, and figures need at least 30.</span>');
    expect(chartSpec(small).kind).toBe('grouped');
    const spec = chartSpec(small);
    expect(spec.kind === 'grouped' ? spec.groups : []).toEqual(['Woman']);
  });

  it('escapes text from the codebook', () => {
    const hostile = { ...codebook, questions: codebook.questions.map((q) => ({ ...q, values: [{ code: 1, label: '<img src=x onerror=alert(1)>' }, { code: 2, label: 'Yes' }] })) };
    const markup = resultTableHtml(buildView(crosstab(cells, { weighted: true }), state, hostile, strings.table_all), strings, 'en');
    expect(markup).not.toContain('<img');
    expect(markup).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('the chart spec', () => {
  it('draws one line per answer across waves', () => {
    const trend = [unit(1, '2023', 60), unit(2, '2023', 40), unit(1, '2024', 50), unit(2, '2024', 50)];
    const lines = buildView(crosstab(trend, { weighted: true }), { ...state, breakdown: 'wave', chart: 'lines' }, codebook, strings.table_all);
    const spec = chartSpec(lines);
    expect(spec.kind).toBe('lines');
    if (spec.kind !== 'lines') return;
    expect(spec.series).toEqual(['No', 'Yes']);
    expect(spec.points.map((p) => [p.series, p.wave, p.share])).toEqual([['No', 2023, 0.6], ['No', 2024, 0.5], ['Yes', 2023, 0.4], ['Yes', 2024, 0.5]]);
    // Each line in its answer's colour from the site's one answer palette, as on the indicator pages.
    const colourOf = answerColourMap(lines.question);
    expect(spec.colours).toEqual([colourOf.get(1), colourOf.get(2)]);
    expect(spec.legend.map((item) => item.colour)).toEqual(spec.colours);
  });

  it('stacks answers in scale order with one colour per answer', () => {
    const spec = chartSpec({ ...view, state: { ...state, chart: 'stacked' } });
    expect(spec.kind).toBe('stacked');
    if (spec.kind !== 'stacked') return;
    expect(spec.answers).toEqual(['No', 'Yes']);
    const colourOf = answerColourMap(view.question);
    expect(spec.colours).toEqual([colourOf.get(1), colourOf.get(2)]);
    expect(spec.data.filter((d) => d.group === 'Woman').every((d) => d.unreliable)).toBe(true);
  });
});
