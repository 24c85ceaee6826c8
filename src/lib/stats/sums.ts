/**
 * Building and reshaping CellSums: the sufficient statistics (n, Σw, Σw²) from which every share,
 * effective n and test in this library is computed.
 */
import type { CellSums } from './types.ts';

/** Groups CellSums by (row, col), adding them up; keeps first-seen order. */
class CellAccumulator {
  private readonly byCol = new Map<string, Map<number, CellSums>>();
  private readonly order: CellSums[] = [];

  add(row: number, col: string, n: number, sumW: number, sumW2: number): void {
    let byRow = this.byCol.get(col);
    if (!byRow) {
      byRow = new Map();
      this.byCol.set(col, byRow);
    }
    const cell = byRow.get(row);
    if (cell) {
      cell.n += n;
      cell.sumW += sumW;
      cell.sumW2 += sumW2;
    } else {
      const created: CellSums = { row, col, n, sumW, sumW2 };
      byRow.set(row, created);
      this.order.push(created);
    }
  }

  cells(): CellSums[] {
    return this.order;
  }
}

/** Accumulate CellSums from raw records (build time, tests). Cells come out in first-seen order. */
export function sumCells(records: Iterable<{ row: number; col: string; weight: number }>): CellSums[] {
  const accumulator = new CellAccumulator();
  for (const { row, col, weight } of records) accumulator.add(row, col, 1, weight, weight * weight);
  return accumulator.cells();
}

/**
 * Collapse answer codes into one row (e.g. the headline "trust" share = codes 3+4): returns cells
 * where row = 1 for codes in `codes` and 0 otherwise, summed per column.
 */
export function collapseRows(cells: CellSums[], codes: readonly number[]): CellSums[] {
  const selected = new Set(codes);
  const accumulator = new CellAccumulator();
  for (const cell of cells) {
    accumulator.add(selected.has(cell.row) ? 1 : 0, cell.col, cell.n, cell.sumW, cell.sumW2);
  }
  return accumulator.cells();
}

/** Adds cells up into one CellSums-like total (used for column and table totals). */
export function totalOf(cells: Iterable<Pick<CellSums, 'n' | 'sumW' | 'sumW2'>>): {
  n: number;
  sumW: number;
  sumW2: number;
} {
  let n = 0;
  let sumW = 0;
  let sumW2 = 0;
  for (const cell of cells) {
    n += cell.n;
    sumW += cell.sumW;
    sumW2 += cell.sumW2;
  }
  return { n, sumW, sumW2 };
}
