import type { Reliability } from './types.ts';

/** Columns with fewer respondents than this are not shown at all. */
export const SUPPRESS_BELOW_N = 30;
/** Columns with fewer respondents than this (but at least SUPPRESS_BELOW_N) are shown with a warning. */
export const UNRELIABLE_BELOW_N = 50;

/** Reliability of a column from its unweighted n: < 30 suppressed, 30–49 unreliable, ≥ 50 ok. */
export function reliabilityOf(n: number): Reliability {
  if (n < SUPPRESS_BELOW_N) return 'suppressed';
  if (n < UNRELIABLE_BELOW_N) return 'unreliable';
  return 'ok';
}
