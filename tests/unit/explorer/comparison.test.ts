/**
 * Group comparison in the explorer: the ref parameter, the marks in the table and on the chart, and the
 * legend, on a table whose z-tests were worked out by hand (tests/unit/stats/compare.test.ts has the
 * arithmetic).
 */
import { describe, expect, it } from 'vitest';
import { chartSpec } from '../../../src/lib/explorer/chart-spec.ts';
import { chartNotes } from '../../../src/lib/explorer/describe.ts';
import { resultTableHtml } from '../../../src/lib/explorer/result-html.ts';
import { defaultState, parseState, serializeState, type ExplorerState } from '../../../src/lib/explorer/state.ts';
import { buildView } from '../../../src/lib/explorer/view.ts';
import { crosstab, type CellSums } from '../../../src/lib/stats/index.ts';
import { codebook, strings } from './fixture.ts';

const parse = (query: string) => parseState(new URLSearchParams(query), codebook);

describe('the reference group in the URL', () => {
  it('keeps a group of the breakdown and writes it back', () => {
    const { state, problems } = parse('ref=2&q=trust_police&by=gender');
    expect(problems).toEqual([]);
    expect(state.reference).toBe('2');
    expect(serializeState(state)).toBe('q=trust_police&by=gender&w=1&dk=0&chart=grouped&ref=2');
  });

  it('turns a value that is not a group of the breakdown into a notice and no comparison', () => {
    for (const query of ['q=trust_police&by=gender&ref=3', 'q=trust_police&by=none&ref=1', 'q=trust_police&by=gender&ref=%3Cb%3E', 'q=trust_police&by=gender&ref=']) {
      const { state, problems } = parse(query);
      expect(state.reference, query).toBeNull();
      expect(problems.map((p) => p.param), query).toEqual(['ref']);
    }
  });
});

describe('marks against the reference group', () => {
  // Men (1, reference): 60 No / 40 Yes (n = 100). Women (2): 30 / 70 (n = 100).
  // 0.3 vs 0.6 and 0.7 vs 0.4: z = ∓4.264, p = 2.0e-5 each; Holm over 2 comparisons: 4.0e-5 < 5%.
  const unit = (row: number, col: string, n: number): CellSums => ({ row, col, n, sumW: n, sumW2: n });
  const result = crosstab([unit(1, '1', 60), unit(2, '1', 40), unit(1, '2', 30), unit(2, '2', 70)], { weighted: true, rows: [1, 2], cols: ['1', '2'] });
  const state: ExplorerState = { ...defaultState(codebook), breakdown: 'gender', chart: 'grouped', reference: '1' };
  const view = buildView(result, state, codebook, strings.table_all);

  it('says for every cell whether it differs from the reference', () => {
    expect(view.reference).toEqual({ code: '1', label: 'Man', comparisons: 2 });
    expect(view.rows.map((r) => r.cells.map((c) => c.comparison))).toEqual([['reference', 'lower'], ['reference', 'higher']]);
  });

  it('marks the table cells and header, and explains the marks with the test and its correction', () => {
    const html = resultTableHtml(view, strings, 'en');
    expect(html).toMatch(/data-row-code="1" data-col="2"[^>]*data-comparison="lower">[^▲▼]*?▼/);
    expect(html).toMatch(/data-row-code="2" data-col="2"[^>]*data-comparison="higher">[^▲▼]*?▲/);
    expect(html).toMatch(/data-row-code="1" data-col="1"[^>]*data-comparison="reference">/);
    expect(html).toContain('Man <span class="reference-mark">(reference)</span>');
    expect(html).toContain('Lower than Man: a difference unlikely to be due to chance.');
    expect(html).toContain('Holm’s correction for the 2 comparisons');
    expect(chartNotes(view, codebook, strings, 'en').some((note) => note.startsWith('▲ higher, ▼ lower than Man'))).toBe(true);
  });

  it('marks the chart’s values', () => {
    const spec = chartSpec(view);
    const marks = spec.kind === 'grouped' ? spec.data.map((d) => [d.answer, d.group, d.mark]) : [];
    expect(marks).toEqual([['No', 'Man', undefined], ['No', 'Woman', '▼'], ['Yes', 'Man', undefined], ['Yes', 'Woman', '▲']]);
  });

  it('marks nothing when the difference may be chance', () => {
    // 40/60 vs 45/55 at n = 100 each: z = 0.72, p = 0.47.
    const close = crosstab([unit(1, '1', 40), unit(2, '1', 60), unit(1, '2', 45), unit(2, '2', 55)], { weighted: true, rows: [1, 2], cols: ['1', '2'] });
    const closeView = buildView(close, state, codebook, strings.table_all);
    expect(closeView.rows.flatMap((r) => r.cells.map((c) => c.comparison))).toEqual(['reference', 'same', 'reference', 'same']);
    expect(resultTableHtml(closeView, strings, 'en')).not.toMatch(/[▲▼]<span class="flag-reason"/);
  });
});
