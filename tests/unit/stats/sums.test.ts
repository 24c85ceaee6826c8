import { describe, expect, it } from 'vitest';
import { collapseRows, sumCells, totalOf } from '../../../src/lib/stats/index.ts';

describe('sumCells', () => {
  it('adds n, Σw and Σw² per (row, col), in first-seen order', () => {
    const cells = sumCells([
      { row: 2, col: 'AL', weight: 1 },
      { row: 1, col: 'AL', weight: 2 },
      { row: 2, col: 'AL', weight: 3 },
      { row: 2, col: 'RS', weight: 0.5 },
    ]);
    expect(cells).toEqual([
      { row: 2, col: 'AL', n: 2, sumW: 1 + 3, sumW2: 1 + 9 },
      { row: 1, col: 'AL', n: 1, sumW: 2, sumW2: 4 },
      { row: 2, col: 'RS', n: 1, sumW: 0.5, sumW2: 0.25 },
    ]);
  });

  it('gives nothing for no records', () => {
    expect(sumCells([])).toEqual([]);
  });
});

describe('collapseRows', () => {
  it('puts codes 3 and 4 into row 1 and everything else into row 0, per column', () => {
    const cells = [
      { row: 1, col: 'AL', n: 5, sumW: 4, sumW2: 3.5 },
      { row: 2, col: 'AL', n: 6, sumW: 7, sumW2: 9 },
      { row: 3, col: 'AL', n: 7, sumW: 8, sumW2: 10 },
      { row: 4, col: 'AL', n: 2, sumW: 1, sumW2: 0.5 },
      { row: 4, col: 'XK', n: 3, sumW: 3, sumW2: 3 },
    ];
    expect(collapseRows(cells, [3, 4])).toEqual([
      { row: 0, col: 'AL', n: 5 + 6, sumW: 4 + 7, sumW2: 3.5 + 9 },
      { row: 1, col: 'AL', n: 7 + 2, sumW: 8 + 1, sumW2: 10 + 0.5 },
      { row: 1, col: 'XK', n: 3, sumW: 3, sumW2: 3 },
    ]);
  });
});

describe('totalOf', () => {
  it('adds up n, Σw and Σw²', () => {
    expect(
      totalOf([
        { n: 1, sumW: 2, sumW2: 4 },
        { n: 2, sumW: 1.5, sumW2: 1.25 },
      ]),
    ).toEqual({ n: 3, sumW: 3.5, sumW2: 5.25 });
  });
});
