/**
 * From the rows of a cross-tab query (answer, grp, n, sum_w, sum_w2) to a CrosstabResult, by the
 * statistics library. Used by the browser engine and by the Node reference of the tests, so both turn
 * the same SQL output into numbers the same way.
 */
import { crosstab, type CellSums, type CrosstabResult } from '../stats/index.ts';
import type { CrosstabQuery } from './sql.ts';

/** One result row as a database client hands it over (DuckDB's INTEGER/BIGINT may arrive as bigint). */
export type CellRow = Record<'answer' | 'grp' | 'n' | 'sum_w' | 'sum_w2', unknown>;

function toNumber(value: unknown, name: string): number {
  const number = typeof value === 'bigint' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number)) throw new Error(`Cross-tab row: ${name} is not a number (${String(value)})`);
  return number;
}

export function cellsFromRows(rows: Iterable<CellRow>): CellSums[] {
  const cells: CellSums[] = [];
  for (const row of rows) {
    cells.push({
      row: toNumber(row.answer, 'answer'),
      col: String(row.grp),
      n: toNumber(row.n, 'n'),
      sumW: toNumber(row.sum_w, 'sum_w'),
      sumW2: toNumber(row.sum_w2, 'sum_w2'),
    });
  }
  return cells;
}

/** The table in display order; breakdown groups without respondents are left out. */
export function crosstabFromCells(query: Pick<CrosstabQuery, 'rows' | 'cols' | 'weighted'>, cells: CellSums[]): CrosstabResult {
  const present = new Set(cells.map((cell) => cell.col));
  const cols = query.cols.filter((col) => present.has(col));
  return crosstab(cells, { weighted: query.weighted, rows: query.rows, cols });
}
