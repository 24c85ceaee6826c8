/**
 * Tail probabilities of the chi-square and standard normal distributions, both derived from the
 * regularized upper incomplete gamma function so that there is one numerical core to test.
 */
import { regularizedGammaQ } from './gamma.ts';

/** P(X > statistic) for X ~ χ²(df): Q(df/2, statistic/2). */
export function chiSquareSurvival(statistic: number, df: number): number {
  if (!(df > 0) || !Number.isFinite(df)) throw new RangeError(`chi-square needs df > 0, got ${String(df)}`);
  if (Number.isNaN(statistic)) return NaN;
  if (statistic <= 0) return 1;
  return regularizedGammaQ(df / 2, statistic / 2);
}

/** Complementary error function, erfc(x) = Q(1/2, x²) for x ≥ 0 and 2 − erfc(−x) below. */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const tail = regularizedGammaQ(0.5, x * x);
  return x >= 0 ? tail : 2 - tail;
}

/** P(Z > z) for a standard normal Z: erfc(z/√2)/2. */
export function normalSurvival(z: number): number {
  return erfc(z / Math.SQRT2) / 2;
}
