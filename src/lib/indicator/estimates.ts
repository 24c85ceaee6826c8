/**
 * Reading single estimates out of the pipeline's CrosstabResults: one row (answer or key share) in one
 * column (wave or group), together with the column's base. Pages, tables, sentences and downloads all
 * read figures through here, so they cannot disagree.
 */
import { crosstabLookup, type ColumnCell, type CrosstabResult } from '../stats/index.ts';

/** Row code of the key share in the collapsed `trendKey` and `key` tables. */
export const KEY_ROW = 1;

/**
 * One share with its 95% interval, read with its column (the statistics library's ColumnCell):
 * `n` is the cell's count, `column.n` the column's base. Share, lo and hi are null when the column is suppressed.
 */
export type Estimate = ColumnCell;

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
  return crosstabLookup(result).cell(row, col);
}

/** The estimates of one row in every column, in column order. */
export function rowEstimates(result: CrosstabResult, row: number): Estimate[] {
  const table = crosstabLookup(result);
  return result.cols.flatMap((col) => {
    const estimate = table.cell(row, col);
    return estimate ? [estimate] : [];
  });
}

/** The key share in every column of a collapsed (key) table. */
export function keyEstimates(result: CrosstabResult): Estimate[] {
  return rowEstimates(result, KEY_ROW);
}
