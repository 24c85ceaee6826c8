/**
 * Reading a CrosstabResult by (row, column). The result is stored as plain lists (it is written to
 * the aggregates files as JSON); readers index it once here instead of each building its own maps or
 * searching the lists, and get each cell together with its column.
 */
import type { CellEstimate, ColumnCell, ColumnSummary, CrosstabResult } from './types.ts';

export interface CrosstabLookup {
  /** The cell of answer `row` in group `col`, with its column; undefined when the table has no such cell. */
  cell(row: number, col: string): ColumnCell | undefined;
  /** The summary of group `col`; undefined when the table has no such column. */
  column(col: string): ColumnSummary | undefined;
}

export function crosstabLookup(result: Pick<CrosstabResult, 'cells' | 'columns'>): CrosstabLookup {
  const columns = new Map(result.columns.map((column) => [column.col, column]));
  const cells = new Map<string, Map<number, CellEstimate>>();
  for (const cell of result.cells) {
    let byRow = cells.get(cell.col);
    if (!byRow) {
      byRow = new Map();
      cells.set(cell.col, byRow);
    }
    // crosstab() gives one cell per (row, col); should a list repeat one, the first is read.
    if (!byRow.has(cell.row)) byRow.set(cell.row, cell);
  }
  return {
    cell: (row, col) => {
      const column = columns.get(col);
      const cell = cells.get(col)?.get(row);
      if (!column || !cell) return undefined;
      return { row, n: cell.n, share: cell.share, lo: cell.lo, hi: cell.hi, column };
    },
    column: (col) => columns.get(col),
  };
}
