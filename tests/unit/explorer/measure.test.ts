/**
 * The measure (every answer, the headline group, answers the reader ticks): its URL parameter, the SQL
 * it writes, and a group's share and interval against figures worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import type { ResolvedCodebook } from '../../../src/lib/codebook/resolved.ts';
import { chartSpec } from '../../../src/lib/explorer/chart-spec.ts';
import { crosstabCsv } from '../../../src/lib/explorer/csv-export.ts';
import { tableCaption } from '../../../src/lib/explorer/describe.ts';
import { parseMeasure } from '../../../src/lib/explorer/measure.ts';
import { buildCopySql } from '../../../src/lib/explorer/sql-copy.ts';
import { buildCrosstabQuery } from '../../../src/lib/explorer/sql.ts';
import { defaultState, parseState, serializeState, type ExplorerState } from '../../../src/lib/explorer/state.ts';
import { crosstabFromCells } from '../../../src/lib/explorer/sql-result.ts';
import { buildView } from '../../../src/lib/explorer/view.ts';
import type { CellSums } from '../../../src/lib/stats/index.ts';
import { codebook as base, strings } from './fixture.ts';

/** The fixture plus a four-point trust scale whose headline group is codes 3 and 4. */
const codebook: ResolvedCodebook = {
  ...base,
  questions: [
    ...base.questions,
    {
      id: 'trust_courts', module: 'trust', scale: 'trust4', ordered: true, short: 'Trust in the courts',
      wording: 'Do you trust the courts?', wordingByCountry: {},
      values: [{ code: 1, label: 'None' }, { code: 2, label: 'Little' }, { code: 3, label: 'Some' }, { code: 4, label: 'Complete' }],
      key: { codes: [3, 4], label: 'trust the courts (some or complete)' },
      countries: ['AL', 'XK'], waves: [2023, 2024],
    },
  ],
  modules: [{ ...base.modules[0]!, questions: [...base.modules[0]!.questions, 'trust_courts'] }],
};
const parse = (query: string) => parseState(new URLSearchParams(query), codebook);

describe('the measure in the URL', () => {
  it('reads the headline group and ticked answers, whatever the parameter order', () => {
    expect(parse('m=key&q=trust_courts&by=gender').state.measure).toEqual({ kind: 'key' });
    const ticked = parse('q=trust_courts&by=gender&m=4,2,4');
    expect(ticked.problems).toEqual([]);
    expect(ticked.state.measure).toEqual({ kind: 'codes', codes: [2, 4] });
    expect(serializeState(ticked.state)).toBe('q=trust_courts&by=gender&w=1&dk=0&chart=grouped&m=2,4');
    expect(parse(serializeState(ticked.state)).state).toEqual(ticked.state);
  });

  it('leaves the parameter out for every answer, so older permalinks stay as they were', () => {
    const { state } = parse('q=trust_courts&by=gender&w=1&dk=0&chart=grouped');
    expect(state.measure).toEqual({ kind: 'answers' });
    expect(serializeState(state)).not.toContain('m=');
  });

  it('turns hostile or impossible values into a notice and every answer', () => {
    for (const hostile of ['5', '3,98', '', 'KEY', '3;DROP TABLE wbsb', '<script>alert(1)</script>', '1,,2', `${'1,'.repeat(40)}1`, '-1', 'all']) {
      const { state, problems } = parse(`q=trust_courts&by=gender&m=${encodeURIComponent(hostile)}`);
      expect(state.measure, hostile).toEqual({ kind: 'answers' });
      expect(problems.map((p) => p.param), hostile).toEqual(['m']);
    }
    // "key" needs a headline group.
    expect(parseMeasure('key', { values: [{ code: 1 }] })).toBeNull();
  });
});

describe('the measure in the SQL', () => {
  const state: ExplorerState = { ...defaultState(codebook), question: 'trust_courts', breakdown: 'gender', filters: {}, chart: 'grouped', measure: { kind: 'key' } };

  it('adds the group up in the query itself, its codes bound first', () => {
    const query = buildCrosstabQuery(state, codebook);
    expect(query.sql).toContain('CASE WHEN "trust_courts" IN (?, ?) THEN 1 ELSE 0 END AS answer');
    expect(query.sql).toContain('"trust_courts" NOT IN (?, ?, ?)');
    expect(query.params).toEqual([3, 4, 97, 98, 99, 97, 98, 99]);
    expect(query.rows).toEqual([1, 0]);
  });

  it('inlines the codes in the copy-SQL text and says what the answer column means', () => {
    const copy = buildCopySql({ ...state, measure: { kind: 'codes', codes: [1, 2] } }, codebook);
    expect(copy).toContain('CASE WHEN "trust_courts" IN (1, 2) THEN 1 ELSE 0 END AS answer');
    expect(copy).toContain('measure: answer = 1: codes 1, 2 added up (0: every other answer)');
  });
});

describe('a group of answers, worked by hand', () => {
  // Men (col 1): 10 None, 20 Little, 30 Some, 40 Complete (n = 100). Women (col 2): 20, 10, 6, 4 (n = 40).
  // The SQL gives, for the group {3, 4}: men 70 in / 30 out, women 10 in / 30 out.
  const unit = (row: number, col: string, n: number): CellSums => ({ row, col, n, sumW: n, sumW2: n });
  const cells = [unit(1, '1', 70), unit(0, '1', 30), unit(1, '2', 10), unit(0, '2', 30)];
  const state: ExplorerState = { ...defaultState(codebook), question: 'trust_courts', breakdown: 'gender', filters: {}, chart: 'grouped', measure: { kind: 'key' } };
  const query = buildCrosstabQuery(state, codebook);
  const view = buildView(crosstabFromCells(query, cells), state, codebook, strings.table_all);

  it('shows one row, labelled with the headline group, with its own Wilson interval', () => {
    expect(view.rows.map((r) => [r.label, r.codes])).toEqual([['Trust the courts (some or complete)', [3, 4]]]);
    const [men, women] = view.rows[0]!.cells;
    // p = 0.7, n = 100: Wilson 0.6041514536665332 to 0.7810511470506724 (worked out separately).
    expect(men?.share).toBe(0.7);
    expect(men?.lo).toBeCloseTo(0.6041514536665332, 12);
    expect(men?.hi).toBeCloseTo(0.7810511470506724, 12);
    // p = 10/40 = 0.25, n = 40: Wilson 0.14187118639096302 to 0.40193961420768026.
    expect(women?.share).toBe(0.25);
    expect(women?.lo).toBeCloseTo(0.14187118639096302, 12);
    expect(women?.hi).toBeCloseTo(0.40193961420768026, 12);
  });

  it('tests the group against the rest: χ² on [[70, 10], [30, 30]]', () => {
    // Row totals 80, 60; column totals 100, 40; N = 140. Expected 400/7, 160/7, 300/7, 120/7.
    const expected = [400 / 7, 160 / 7, 300 / 7, 120 / 7];
    const chi = [70, 10, 30, 30].reduce((sum, o, i) => sum + (o - expected[i]!) ** 2 / expected[i]!, 0);
    expect(view.chiSquare?.statistic).toBeCloseTo(chi, 10);
    expect(view.chiSquare?.df).toBe(1);
  });

  it('names the group in the caption, the chart and the CSV', () => {
    expect(tableCaption(view, strings)).toBe('Trust in the courts: Trust the courts (some or complete), by Gender');
    const spec = chartSpec(view);
    expect(spec.kind === 'grouped' ? spec.answers : []).toEqual(['Trust the courts (some or complete)']);
    const csv = crosstabCsv({ view, codebook, strings, lang: 'en', permalink: 'https://x.test/' }).split('\r\n');
    expect(csv).toContain('# Measure: Each share counts the respondents giving any of these answers: Some, Complete.');
    expect(csv).toContain('3+4,Trust the courts (some or complete),1,Man,70,60.42,78.11,70,100,100,ok');
  });

  it('labels ticked answers by joining theirs', () => {
    const ticked = { ...state, measure: { kind: 'codes' as const, codes: [1, 2] } };
    const tickedView = buildView(crosstabFromCells(buildCrosstabQuery(ticked, codebook), cells), ticked, codebook, strings.table_all);
    expect(tickedView.rows[0]?.label).toBe('None + Little');
  });
});
