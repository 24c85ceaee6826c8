import { describe, expect, it } from 'vitest';
import { crosstab, crosstabLookup, type CellEstimate, type ColumnSummary } from '../../../src/lib/stats/index.ts';

describe('crosstabLookup', () => {
  const unit = (row: number, col: string, n: number) => ({ row, col, n, sumW: n, sumW2: n });
  // A: 60 / 40 of 100; B: 30 / 0 of 30 (row 2 has no respondents); C: 5 / 5 of 10, suppressed (n < 30).
  const result = crosstab([unit(1, 'A', 60), unit(2, 'A', 40), unit(1, 'B', 30), unit(1, 'C', 5), unit(2, 'C', 5)], {
    weighted: false,
    rows: [1, 2],
    cols: ['A', 'B', 'C'],
  });
  const table = crosstabLookup(result);

  it('reads a cell with its own count and share and its column’s base', () => {
    const cell = table.cell(2, 'A');
    expect(cell?.row).toBe(2);
    expect(cell?.n).toBe(40);
    expect(cell?.share).toBe(0.4);
    expect(cell?.column).toEqual({ col: 'A', n: 100, sumW: 100, nEff: 100, reliability: 'ok' });
  });

  it('keeps the cell count apart from the column base', () => {
    expect(table.cell(2, 'B')).toMatchObject({ n: 0, share: 0, column: { n: 30, reliability: 'unreliable' } });
  });

  it('carries the column’s suppression with null figures', () => {
    expect(table.cell(1, 'C')).toMatchObject({ n: 5, share: null, lo: null, hi: null, column: { n: 10, reliability: 'suppressed' } });
  });

  it('answers undefined outside the table', () => {
    expect(table.cell(3, 'A')).toBeUndefined();
    expect(table.cell(1, 'D')).toBeUndefined();
    expect(table.column('D')).toBeUndefined();
  });

  it('reads the first of two cells a list repeats, and needs the cell’s column', () => {
    const column: ColumnSummary = { col: 'X', n: 50, sumW: 50, nEff: 50, reliability: 'ok' };
    const first: CellEstimate = { row: 1, col: 'X', n: 10, share: 0.2, lo: 0.1, hi: 0.3, reliability: 'ok' };
    const lookup = crosstabLookup({ columns: [column], cells: [first, { ...first, n: 99 }] });
    expect(lookup.cell(1, 'X')?.n).toBe(10);
    expect(crosstabLookup({ columns: [], cells: [first] }).cell(1, 'X')).toBeUndefined();
  });
});
