/**
 * Kish's effective sample size, n_eff = (Σw)² / Σw²: the size of a simple random sample that would
 * give the same precision as the weighted one. Equals n when all weights are equal.
 * Returns 0 for an empty set (Σw² = 0) rather than NaN, so empty columns stay harmless downstream.
 */
export function kishEffectiveN(sumW: number, sumW2: number): number {
  if (!(sumW2 > 0)) return 0;
  return (sumW * sumW) / sumW2;
}
