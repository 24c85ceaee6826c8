/**
 * Two-proportion z-test with a pooled proportion, used for differences between two groups or two
 * waves. The n's are effective sample sizes (Kish), so the weights' loss of precision is respected.
 */
import { normalSurvival } from './distributions.ts';

/** Two-sided significance level of the portal's difference markers. */
export const SIGNIFICANCE_LEVEL = 0.05;

export function twoProportionZTest(
  p1: number,
  n1: number,
  p2: number,
  n2: number,
): { z: number; pValue: number; significant: boolean } {
  if (!(n1 > 0) || !(n2 > 0)) return { z: 0, pValue: 1, significant: false };
  const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  // A pooled share of exactly 0 or 1 means both shares are equal: no evidence of a difference.
  if (!(standardError > 0)) return { z: 0, pValue: 1, significant: false };
  const z = (p1 - p2) / standardError;
  const pValue = Math.min(1, 2 * normalSurvival(Math.abs(z)));
  return { z, pValue, significant: pValue < SIGNIFICANCE_LEVEL };
}
