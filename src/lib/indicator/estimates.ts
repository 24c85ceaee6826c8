/**
 * Reading single estimates out of the pipeline's CrosstabResults: one row (answer or key share) in one
 * column (wave or group), together with the column's base. Pages, tables, sentences and downloads all
 * read figures through here, so they cannot disagree.
 */
import { crosstabLookup, type CrosstabLookup, type CrosstabResult, type Reliability } from '../stats/index.ts';

/** Row code of the key share in the collapsed `trendKey` and `key` tables. */
export const KEY_ROW = 1;

/** One share with its 95% interval and its column's base. */
export interface Estimate {
  /** The column (a wave year or a group code, as a string). */
  col: string;
  /** Share in 0..1; null when the column is suppressed. */
  share: number | null;
  lo: number | null;
  hi: number | null;
  /** Unweighted respondents in the column (valid answers). */
  n: number;
  /** Kish effective n of the column. */
  nEff: number;
  reliability: Reliability;
}

/** A shown (not suppressed) estimate. */
export interface ShownEstimate extends Estimate {
  share: number;
  lo: number;
  hi: number;
}

export function isShown(estimate: Estimate): estimate is ShownEstimate {
  return estimate.share !== null && estimate.lo !== null && estimate.hi !== null;
}

/** The estimate of `row` in `col`, or undefined when the table has no such cell. */
export function estimateAt(result: CrosstabResult, row: number, col: string): Estimate | undefined {
  return estimateIn(crosstabLookup(result), row, col);
}

function estimateIn(table: CrosstabLookup, row: number, col: string): Estimate | undefined {
  const column = table.column(col);
  const cell = table.cell(row, col);
  if (!column || !cell) return undefined;
  return { col, share: cell.share, lo: cell.lo, hi: cell.hi, n: column.n, nEff: column.nEff, reliability: column.reliability };
}

/** The estimates of one row in every column, in column order. */
export function rowEstimates(result: CrosstabResult, row: number): Estimate[] {
  const table = crosstabLookup(result);
  return result.cols.flatMap((col) => {
    const estimate = estimateIn(table, row, col);
    return estimate ? [estimate] : [];
  });
}

/** The key share in every column of a collapsed (key) table. */
export function keyEstimates(result: CrosstabResult): Estimate[] {
  return rowEstimates(result, KEY_ROW);
}
