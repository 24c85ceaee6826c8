/**
 * Pearson chi-square test of association on a weighted table, with the first-order design-effect
 * correction: the weighted table is rescaled so that its grand total equals the Kish effective n of
 * the whole sample, so the test is as strict as the weights' loss of precision demands.
 */
import { at } from './at.ts';
import { chiSquareSurvival } from './distributions.ts';
import type { ChiSquareResult } from './types.ts';

/** Expected counts below this make the chi-square approximation doubtful (Cochran's rule). */
export const SMALL_EXPECTED_COUNT = 5;
/** Cochran's rule: the test is approximate when more than this share of expected counts are small. */
export const SMALL_EXPECTED_LIMIT = 0.2;

/** Whether a result breaks Cochran's rule, so the sentence must carry a caveat. */
export function isSparse(result: Pick<ChiSquareResult, 'smallExpectedShare'>): boolean {
  return result.smallExpectedShare > SMALL_EXPECTED_LIMIT;
}

/** Sum of each row and of each column; ragged rows count missing entries as 0. */
function margins(table: number[][]): { rowTotals: number[]; colTotals: number[] } {
  const width = Math.max(0, ...table.map((row) => row.length));
  const colTotals = new Array<number>(width).fill(0);
  const rowTotals = table.map((row) => {
    let total = 0;
    row.forEach((value, c) => {
      total += value;
      colTotals[c] = at(colTotals, c) + value;
    });
    return total;
  });
  return { rowTotals, colTotals };
}

/**
 * weighted[r][c] = Σw of the cell; nEffTotal = Kish n_eff of every respondent in the table.
 * Rows and columns with a zero total carry no information and are dropped first; with fewer than
 * two rows or two columns left (or no effective n) there is nothing to test and the result is null.
 */
export function chiSquareDesignCorrected(weighted: number[][], nEffTotal: number): ChiSquareResult | null {
  const { rowTotals, colTotals } = margins(weighted);
  const keptRows = rowTotals.flatMap((total, r) => (total > 0 ? [r] : []));
  const keptCols = colTotals.flatMap((total, c) => (total > 0 ? [c] : []));
  if (keptRows.length < 2 || keptCols.length < 2 || !(nEffTotal > 0)) return null;

  const grandTotal = keptRows.reduce((sum, r) => sum + at(rowTotals, r), 0);
  const scale = nEffTotal / grandTotal;
  let statistic = 0;
  let small = 0;
  for (const r of keptRows) {
    for (const c of keptCols) {
      const observed = (at(weighted, r)[c] ?? 0) * scale; // a ragged row's missing entries are 0
      const expected = (at(rowTotals, r) * scale * at(colTotals, c) * scale) / nEffTotal;
      statistic += ((observed - expected) * (observed - expected)) / expected;
      // Counted on the rescaled table: with weights, the effective counts are what the test rests on.
      if (expected < SMALL_EXPECTED_COUNT) small += 1;
    }
  }
  const df = (keptRows.length - 1) * (keptCols.length - 1);
  const smallExpectedShare = small / (keptRows.length * keptCols.length);
  return { statistic, df, pValue: chiSquareSurvival(statistic, df), nEff: nEffTotal, smallExpectedShare };
}
