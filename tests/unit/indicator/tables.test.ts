/** The data tables under the charts: formatted figures, change marks, suppressed and unreliable cells. */
import { describe, expect, it } from 'vitest';
import { ui } from '../../../src/i18n/index.ts';
import type { ResolvedCodebook, ResolvedQuestion } from '../../../src/lib/codebook/resolved.ts';
import { labelsFor } from '../../../src/lib/indicator/labels.ts';
import { breakdownTable, methodTable, trendTable } from '../../../src/lib/indicator/tables.ts';
import { crosstab } from '../../../src/lib/stats/index.ts';
import { countryFixture, questionFixture } from './fixtures.ts';

const question = { id: 'trust_police', values: [1, 2, 3, 4].map((code) => ({ code, label: `A${code}` })) } as ResolvedQuestion;
const codebook = {
  dataset: { countries: [{ iso: 'XK', code: 2, name: 'Kosovo' }] },
  demographics: [{ id: 'gender', label: 'Gender', values: [{ code: 1, label: 'Man' }, { code: 2, label: 'Woman' }, { code: 3, label: 'Other' }] }],
} as unknown as ResolvedCodebook;
const labels = labelsFor(codebook, question);
const aggregates = questionFixture([countryFixture('XK', 2, { 2021: [580, 1000], 2024: [630, 1000] })]);

describe('trendTable', () => {
  it('writes share, Wilson interval, n, effective n and the significant change, per country', () => {
    const table = trendTable(ui('en'), 'en', aggregates, labels, 'trust the police');
    expect(table.groups.map((g) => g.heading)).toEqual(['Kosovo']);
    const [first, second] = table.groups[0]?.rows ?? [];
    // 2021: p = 0.58, n = 1000. Wilson: centre (0.58 + 0.0019207)/1.0038415 = 0.579694,
    // half 1.952464·√(0.58·0.42/1000 + 0.00000096) = 0.030533 → 54.9–61.0.
    expect(first?.header).toBe('2021');
    expect(first?.cells.map((c) => c.text)).toEqual(['58.0', '54.9–61.0', '1,000', '1,000', '']);
    // 2024: 63.0 − 58.0 = +5.0 points, significant (z = 2.29).
    expect(second?.cells[4]).toMatchObject({ text: '▲ +5.0', mark: 'up', srText: 'significant increase' });
    expect(table.notes).toEqual([ui('en').ind_table_note_changes.replace('{significance_pct}', '5')]);
  });

  it('uses the decimal comma and the Albanian thousands space', () => {
    const table = trendTable(ui('sq'), 'sq', aggregates, labels, 'i besojnë policisë');
    expect(table.groups[0]?.rows[0]?.cells.map((c) => c.text).slice(0, 3)).toEqual(['58,0', '54,9–61,0', '1\u00a0000']);
  });
});

describe('breakdownTable', () => {
  it('suppresses groups under 30, marks 30–49 with *, and adds the note', () => {
    const cells = [
      { row: 1, col: '1', n: 300, sumW: 300, sumW2: 300 }, { row: 0, col: '1', n: 200, sumW: 200, sumW2: 200 },
      { row: 1, col: '2', n: 20, sumW: 20, sumW2: 20 }, { row: 0, col: '2', n: 20, sumW: 20, sumW2: 20 },
      { row: 1, col: '3', n: 5, sumW: 5, sumW2: 5 }, { row: 0, col: '3', n: 15, sumW: 15, sumW2: 15 },
    ];
    const key = crosstab(cells, { weighted: false, rows: [1, 0], cols: ['1', '2', '3'] });
    const table = breakdownTable(ui('en'), 'en', key, 'Kosovo, 2024: Gender', (code) => labels.group('gender', code));
    const rows = table.groups[0]?.rows ?? [];
    expect(rows.map((r) => r.header)).toEqual(['Man', 'Woman', 'Other']);
    expect(rows[0]?.cells[0]?.text).toBe('60.0'); // 300 / 500
    expect(rows[1]?.cells[0]?.text).toBe('50.0*'); // 20 / 40, n = 40
    expect(rows[2]?.cells.map((c) => c.text)).toEqual(['—', 'too few respondents (n < 30)', '20', '20']);
    expect(table.notes).toHaveLength(1);
  });
});

describe('methodTable', () => {
  it('gives the margin of error at p = 0.5 in points', () => {
    const table = methodTable(ui('en'), 'en', aggregates, labels);
    // n_eff = 1000 → ±3.09 points (see margin-of-error.test.ts).
    expect(table.groups[0]?.rows[0]?.cells.map((c) => c.text)).toEqual(['1,000', '1,000', '3.1']);
  });
});
