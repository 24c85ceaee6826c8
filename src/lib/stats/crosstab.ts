/**
 * A cross-tabulation of answer codes (rows) by groups (columns): weighted column shares with Wilson
 * intervals on the column's effective n, small-cell rules, and the design-corrected chi-square over the groups shown.
 */
import { chiSquareDesignCorrected } from './chi-square.ts';
import { kishEffectiveN } from './effective-n.ts';
import { reliabilityOf } from './reliability.ts';
import { totalOf } from './sums.ts';
import type { CellEstimate, CellSums, ColumnSummary, CrosstabOptions, CrosstabResult } from './types.ts';
import { wilsonInterval } from './wilson.ts';

/** Keep only the cells inside the table, merge duplicates, and apply unit weights if unweighted. */
function tableCells(cells: CellSums[], rows: number[], cols: string[], weighted: boolean): Map<string, Map<number, CellSums>> {
  const rowSet = new Set(rows);
  const colSet = new Set(cols);
  const inside = cells.filter((cell) => rowSet.has(cell.row) && colSet.has(cell.col));
  const merged = new Map<string, Map<number, CellSums>>();
  for (const cell of inside) {
    // Unweighted: every weight is 1, so Σw = Σw² = n.
    const sumW = weighted ? cell.sumW : cell.n;
    const sumW2 = weighted ? cell.sumW2 : cell.n;
    const byRow = merged.get(cell.col) ?? new Map<number, CellSums>();
    merged.set(cell.col, byRow);
    const existing = byRow.get(cell.row) ?? { row: cell.row, col: cell.col, n: 0, sumW: 0, sumW2: 0 };
    byRow.set(cell.row, { ...existing, n: existing.n + cell.n, sumW: existing.sumW + sumW, sumW2: existing.sumW2 + sumW2 });
  }
  return merged;
}

function defaultRows(cells: CellSums[]): number[] {
  return [...new Set(cells.map((cell) => cell.row))].sort((a, b) => a - b);
}

function defaultCols(cells: CellSums[]): string[] {
  return [...new Set(cells.map((cell) => cell.col))];
}

/**
 * Every (row, col) of rows × cols appears in the result; a missing cell counts as n = 0, share 0
 * (null when its column is suppressed). Cells whose row or column is not in options.rows/cols are
 * left out of the table entirely, including its column bases. A column whose weights sum to 0
 * carries no information and is suppressed whatever its n.
 */
export function crosstab(cells: CellSums[], options: CrosstabOptions): CrosstabResult {
  const rows = options.rows ?? defaultRows(cells);
  const cols = options.cols ?? defaultCols(cells);
  const table = tableCells(cells, rows, cols, options.weighted);
  const cellAt = (row: number, col: string): CellSums | undefined => table.get(col)?.get(row);

  const columns: ColumnSummary[] = cols.map((col) => {
    const { n, sumW, sumW2 } = totalOf(table.get(col)?.values() ?? []);
    const reliability = sumW > 0 ? reliabilityOf(n) : 'suppressed';
    return { col, n, sumW, nEff: kishEffectiveN(sumW, sumW2), reliability };
  });

  const estimates: CellEstimate[] = rows.flatMap((row) =>
    columns.map(({ col, sumW, nEff, reliability }) => {
      const n = cellAt(row, col)?.n ?? 0;
      if (reliability === 'suppressed') return { row, col, n, share: null, lo: null, hi: null, reliability };
      const share = (cellAt(row, col)?.sumW ?? 0) / sumW;
      const { lo, hi } = wilsonInterval(share, nEff);
      return { row, col, n, share, lo, hi, reliability };
    }),
  );

  // The test speaks only of what the reader sees: suppressed columns are not part of it.
  const shownCols = columns.flatMap((c) => (c.reliability === 'suppressed' ? [] : [c.col]));
  const weightedTable = rows.map((row) => shownCols.map((col) => cellAt(row, col)?.sumW ?? 0));
  const everything = totalOf(shownCols.flatMap((col) => [...(table.get(col)?.values() ?? [])]));
  const chiSquare = chiSquareDesignCorrected(weightedTable, kishEffectiveN(everything.sumW, everything.sumW2));

  return { rows, cols, columns, cells: estimates, chiSquare };
}
