/**
 * Every group against a reference group: for each answer, a two-proportion z-test on the effective
 * n's of the two columns, with Holm's step-down correction over all the comparisons of the table, so
 * that "differs" keeps a 5% family-wise error rate however many groups and answers are shown.
 */
import { crosstabLookup } from './lookup.ts';
import type { CrosstabResult } from './types.ts';
import { SIGNIFICANCE_LEVEL, twoProportionZTest } from './z-test.ts';

export type Direction = 'higher' | 'lower' | 'same';

export interface CellComparison {
  row: number;
  col: string;
  /** Share of this cell minus that of the reference cell (0..1 scale). */
  difference: number;
  z: number;
  pValue: number;
  /** Holm-adjusted p-value. */
  pAdjusted: number;
  /** 'higher' or 'lower' only when the adjusted p is below 5%. */
  direction: Direction;
}

/**
 * Holm–Bonferroni adjusted p-values, in the input order: sort ascending, multiply the i-th smallest by
 * (m − i), keep the running maximum (so the order of p-values is preserved) and cap at 1.
 */
export function holmAdjust(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const adjusted = new Array<number>(m).fill(1);
  let running = 0;
  order.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    adjusted[i] = running;
  });
  return adjusted;
}

/**
 * Comparisons of every shown cell of `rows` with the same row of the reference column. Suppressed
 * columns are neither compared nor counted in the correction; a suppressed or unknown reference
 * gives no comparisons at all.
 */
export function compareWithReference(result: CrosstabResult, reference: string, rows: readonly number[] = result.rows): CellComparison[] {
  const table = crosstabLookup(result);
  const ref = table.column(reference);
  if (!ref || ref.reliability === 'suppressed') return [];
  const raw = rows.flatMap((row) => {
    const refShare = table.cell(row, reference)?.share;
    if (refShare === null || refShare === undefined) return [];
    return result.columns.flatMap((column) => {
      const share = table.cell(row, column.col)?.share;
      if (column.col === reference || column.reliability === 'suppressed' || share === null || share === undefined) return [];
      const test = twoProportionZTest(share, column.nEff, refShare, ref.nEff);
      return [{ row, col: column.col, difference: share - refShare, z: test.z, pValue: test.pValue }];
    });
  });
  const adjusted = holmAdjust(raw.map((c) => c.pValue));
  return raw.map((c, i) => {
    const pAdjusted = adjusted[i] ?? 1;
    const direction: Direction = pAdjusted < SIGNIFICANCE_LEVEL ? (c.difference > 0 ? 'higher' : 'lower') : 'same';
    return { ...c, pAdjusted, direction };
  });
}
