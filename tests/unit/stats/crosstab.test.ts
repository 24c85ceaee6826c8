import { describe, expect, it } from 'vitest';
import {
  chiSquareSurvival,
  crosstab,
  sumCells,
  wilsonInterval,
  type CellSums,
} from '../../../src/lib/stats/index.ts';

interface RawRecord {
  row: number;
  col: string;
  weight: number;
}

/** Twelve respondents: answers 1–3 in two groups, with varied weights. */
const TWELVE: RawRecord[] = [
  { row: 1, col: 'AL', weight: 0.8 },
  { row: 1, col: 'AL', weight: 1.2 },
  { row: 2, col: 'AL', weight: 0.5 },
  { row: 2, col: 'AL', weight: 2.0 },
  { row: 3, col: 'AL', weight: 1.5 },
  { row: 3, col: 'AL', weight: 0.7 },
  { row: 1, col: 'XK', weight: 1.1 },
  { row: 2, col: 'XK', weight: 0.9 },
  { row: 2, col: 'XK', weight: 1.3 },
  { row: 3, col: 'XK', weight: 0.6 },
  { row: 3, col: 'XK', weight: 2.4 },
  { row: 3, col: 'XK', weight: 1.0 },
];

/** The same respondents `times` times over, so that columns reach the reliability thresholds. */
function repeated(records: RawRecord[], times: number): RawRecord[] {
  return Array.from({ length: times }, () => records).flat();
}

/** Plain-loop reference: weighted share of `row` in `col`, Kish n_eff of `col`, and χ². */
function reference(records: RawRecord[]) {
  const rows = [1, 2, 3];
  const cols = ['AL', 'XK'];
  const sumW = (filter: (r: RawRecord) => boolean) => {
    let total = 0;
    for (const r of records) if (filter(r)) total += r.weight;
    return total;
  };
  const sumW2 = (filter: (r: RawRecord) => boolean) => {
    let total = 0;
    for (const r of records) if (filter(r)) total += r.weight * r.weight;
    return total;
  };
  const share = (row: number, col: string) => sumW((r) => r.row === row && r.col === col) / sumW((r) => r.col === col);
  const nEff = (col: string) => sumW((r) => r.col === col) ** 2 / sumW2((r) => r.col === col);
  // χ² on the weighted table rescaled by n_eff(all)/Σw(all), as in the spec.
  const grand = sumW(() => true);
  const scale = sumW(() => true) ** 2 / sumW2(() => true) / grand;
  let statistic = 0;
  for (const row of rows) {
    for (const col of cols) {
      const observed = sumW((r) => r.row === row && r.col === col) * scale;
      const expected = (sumW((r) => r.row === row) * scale * sumW((r) => r.col === col) * scale) / (grand * scale);
      statistic += (observed - expected) ** 2 / expected;
    }
  }
  return { share, nEff, statistic, df: (rows.length - 1) * (cols.length - 1) };
}

describe('crosstab end to end', () => {
  it('matches a plain loop over the records (n = 30 per column: shown, flagged unreliable)', () => {
    const records = repeated(TWELVE, 5);
    const result = crosstab(sumCells(records), { weighted: true });
    const expected = reference(records);

    expect(result.rows).toEqual([1, 2, 3]);
    expect(result.cols).toEqual(['AL', 'XK']);
    // AL: Σw = 5 × (0.8 + 1.2 + 0.5 + 2.0 + 1.5 + 0.7) = 5 × 6.7 = 33.5
    expect(result.columns[0]).toMatchObject({ col: 'AL', n: 30, reliability: 'unreliable' });
    expect(result.columns[0]?.sumW).toBeCloseTo(33.5, 12);
    expect(result.columns[0]?.nEff).toBeCloseTo(expected.nEff('AL'), 12);
    expect(result.columns[1]?.nEff).toBeCloseTo(expected.nEff('XK'), 12);

    // Row-major order: (1, AL), (1, XK), (2, AL), …
    expect(result.cells.map((c) => `${String(c.row)}${c.col}`)).toEqual(['1AL', '1XK', '2AL', '2XK', '3AL', '3XK']);
    for (const cell of result.cells) {
      const share = expected.share(cell.row, cell.col);
      const { lo, hi } = wilsonInterval(share, expected.nEff(cell.col));
      expect(cell.share).toBeCloseTo(share, 12);
      expect(cell.lo).toBeCloseTo(lo, 12);
      expect(cell.hi).toBeCloseTo(hi, 12);
      expect(cell.reliability).toBe('unreliable');
    }
    // One share by hand: answer 1 in AL = (0.8 + 1.2)/6.7 = 2/6.7
    expect(result.cells[0]?.share).toBeCloseTo(2 / 6.7, 12);
    expect(result.cells[0]?.n).toBe(10);

    expect(result.chiSquare?.df).toBe(2);
    expect(result.chiSquare?.statistic).toBeCloseTo(expected.statistic, 12);
    expect(result.chiSquare?.pValue).toBeCloseTo(chiSquareSurvival(expected.statistic, 2), 12);
  });

  it('marks columns ok at n = 60 and suppresses them at n = 6', () => {
    const ok = crosstab(sumCells(repeated(TWELVE, 10)), { weighted: true });
    expect(ok.columns.map((c) => c.reliability)).toEqual(['ok', 'ok']);

    const small = crosstab(sumCells(TWELVE), { weighted: true });
    expect(small.columns.map((c) => c.reliability)).toEqual(['suppressed', 'suppressed']);
    for (const cell of small.cells) {
      expect(cell).toMatchObject({ share: null, lo: null, hi: null, reliability: 'suppressed' });
    }
    // Counts stay visible so the UI can say how few answered.
    expect(small.cells.map((c) => c.n)).toEqual([2, 1, 2, 2, 2, 3]);
  });

  it('unweighted: every weight counts as 1', () => {
    const result = crosstab(sumCells(repeated(TWELVE, 5)), { weighted: false });
    // AL has 10 answers of each code out of 30; XK has 5, 10, 15 out of 30.
    expect(result.cells.map((c) => c.share)).toEqual([10 / 30, 5 / 30, 10 / 30, 10 / 30, 10 / 30, 15 / 30]);
    expect(result.columns.map((c) => [c.sumW, c.nEff])).toEqual([
      [30, 30],
      [30, 30],
    ]);
    // Row totals 15, 20, 25 of N = 60, so the expected counts in each 30-person column are
    // 15/2 = 7.5, 20/2 = 10, 25/2 = 12.5.
    // AL: (10−7.5)²/7.5 + 0 + (10−12.5)²/12.5; XK: (5−7.5)²/7.5 + 0 + (15−12.5)²/12.5
    // χ² = 2·(6.25/7.5 + 6.25/12.5) = 2·(5/6 + 1/2) = 8/3.
    expect(result.chiSquare?.statistic).toBeCloseTo(8 / 3, 12);
    expect(result.chiSquare?.nEff).toBe(60);
  });
});

/** n records of `row` in `col`: one in ten weighs 6, the rest 1 (this doubles the variance). */
function designEffectTwo(row: number, col: string, n: number): RawRecord[] {
  return Array.from({ length: n }, (_, i) => ({ row, col, weight: i % 10 === 0 ? 6 : 1 }));
}

describe('crosstab design correction', () => {
  it('halves the chi-square when the weights give a design effect of 2', () => {
    // Counts [[10, 20], [30, 40]] (rows 1, 2 × columns A, B); unweighted χ² = 0.7936507936507936.
    // Each cell: Σw = 1.5·count, Σw² = 4.5·count. Table: Σw = 150, Σw² = 450, n_eff = 150²/450 = 50.
    // Rescaled cells = 1.5·count·50/150 = 0.5·count, so χ² = 0.5 · 0.7936507936507936.
    const records = [
      ...designEffectTwo(1, 'A', 10),
      ...designEffectTwo(1, 'B', 20),
      ...designEffectTwo(2, 'A', 30),
      ...designEffectTwo(2, 'B', 40),
    ];
    const weighted = crosstab(sumCells(records), { weighted: true });
    const unweighted = crosstab(sumCells(records), { weighted: false });
    expect(unweighted.chiSquare?.statistic).toBeCloseTo(4 / 12 + 4 / 18 + 4 / 28 + 4 / 42, 12);
    expect(weighted.chiSquare?.nEff).toBeCloseTo(50, 12);
    expect(weighted.chiSquare?.statistic).toBeCloseTo(0.7936507936507936 / 2, 12);
  });
});

describe('crosstab options and edge cases', () => {
  const cells: CellSums[] = [
    { row: 2, col: 'XK', n: 20, sumW: 25, sumW2: 40 },
    { row: 1, col: 'AL', n: 40, sumW: 30, sumW2: 30 },
    { row: 2, col: 'AL', n: 20, sumW: 10, sumW2: 8 },
    { row: 1, col: 'XK', n: 40, sumW: 35, sumW2: 50 },
    { row: 98, col: 'AL', n: 5, sumW: 5, sumW2: 5 },
  ];

  it('defaults: rows ascending, columns in first-seen order', () => {
    const result = crosstab(cells, { weighted: true });
    expect(result.rows).toEqual([1, 2, 98]);
    expect(result.cols).toEqual(['XK', 'AL']);
  });

  it('rows/cols set the order and the extent; a missing cell is n = 0, share 0; an empty column is suppressed', () => {
    const result = crosstab(cells, { weighted: true, rows: [2, 1, 3], cols: ['AL', 'XK', 'RS'] });
    expect(result.rows).toEqual([2, 1, 3]);
    expect(result.cols).toEqual(['AL', 'XK', 'RS']);
    expect(result.cells).toHaveLength(9);
    // Code 98 is outside the rows, so AL's base is 30 + 10 = 40 (n = 60), not 45.
    const al = result.columns[0];
    expect(al).toMatchObject({ col: 'AL', n: 60, sumW: 40, reliability: 'ok' });
    expect(al?.nEff).toBeCloseTo(40 ** 2 / (30 + 8), 12);
    expect(result.cells[0]).toMatchObject({ row: 2, col: 'AL', n: 20, share: 10 / 40 });
    // Row 3 has no answers: share 0 with a Wilson interval starting at 0.
    const row3al = result.cells.find((c) => c.row === 3 && c.col === 'AL');
    expect(row3al).toMatchObject({ n: 0, share: 0, lo: 0, reliability: 'ok' });
    expect(row3al?.hi).toBeCloseTo(wilsonInterval(0, 40 ** 2 / 38).hi, 14);
    // RS has no cells at all.
    expect(result.columns[2]).toEqual({ col: 'RS', n: 0, sumW: 0, nEff: 0, reliability: 'suppressed' });
    expect(result.cells.filter((c) => c.col === 'RS').every((c) => c.share === null && c.n === 0)).toBe(true);
    // The empty row 3 and empty column RS are dropped from the test: 2 × 2, df = 1.
    expect(result.chiSquare?.df).toBe(1);
  });

  it('adds duplicate cells together', () => {
    const split = crosstab(
      [
        { row: 1, col: 'AL', n: 20, sumW: 10, sumW2: 6 },
        { row: 1, col: 'AL', n: 20, sumW: 20, sumW2: 24 },
        { row: 2, col: 'AL', n: 20, sumW: 10, sumW2: 8 },
      ],
      { weighted: true },
    );
    expect(split.columns[0]).toMatchObject({ n: 60, sumW: 40 });
    expect(split.cells[0]).toMatchObject({ row: 1, n: 40, share: 30 / 40 });
  });

  it('a single row gives a null chi-square; shares of 1 have hi = 1', () => {
    const result = crosstab(cells, { weighted: true, rows: [1] });
    expect(result.chiSquare).toBeNull();
    expect(result.cells.map((c) => [c.share, c.hi])).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });

  it('a column whose weights sum to 0 is suppressed whatever its n', () => {
    const result = crosstab([{ row: 1, col: 'AL', n: 80, sumW: 0, sumW2: 0 }], { weighted: true });
    expect(result.columns[0]?.reliability).toBe('suppressed');
    expect(result.cells[0]?.share).toBeNull();
  });

  it('no cells at all: an empty table', () => {
    expect(crosstab([], { weighted: true })).toEqual({ rows: [], cols: [], columns: [], cells: [], chiSquare: null });
  });
});

describe('crosstab chi-square over the groups shown', () => {
  it('leaves suppressed groups out of the test', () => {
    // A: 20 × code 1, 40 × code 2; B: 40, 20; C (n = 10, suppressed): 10 × code 1.
    // Shown table [[20, 40], [40, 20]]: every expected count is 60·60/120 = 30, every |O − E| = 10,
    // χ² = 4 · 100/30 = 40/3, df = 1, n_eff = 120 (C's ten respondents are not in it).
    const cells: CellSums[] = [
      { row: 1, col: 'A', n: 20, sumW: 20, sumW2: 20 },
      { row: 2, col: 'A', n: 40, sumW: 40, sumW2: 40 },
      { row: 1, col: 'B', n: 40, sumW: 40, sumW2: 40 },
      { row: 2, col: 'B', n: 20, sumW: 20, sumW2: 20 },
      { row: 1, col: 'C', n: 10, sumW: 10, sumW2: 10 },
    ];
    const result = crosstab(cells, { weighted: false });
    expect(result.columns.map((c) => c.reliability)).toEqual(['ok', 'ok', 'suppressed']);
    expect(result.chiSquare?.statistic).toBeCloseTo(40 / 3, 12);
    expect(result.chiSquare?.df).toBe(1);
    expect(result.chiSquare?.nEff).toBe(120);
    expect(result.chiSquare?.smallExpectedShare).toBe(0);
  });

  it('no test when only one group is shown', () => {
    const cells: CellSums[] = [
      { row: 1, col: 'A', n: 30, sumW: 30, sumW2: 30 },
      { row: 2, col: 'A', n: 30, sumW: 30, sumW2: 30 },
      { row: 1, col: 'C', n: 5, sumW: 5, sumW2: 5 },
    ];
    expect(crosstab(cells, { weighted: false }).chiSquare).toBeNull();
  });
});
