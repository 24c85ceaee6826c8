/**
 * The margin of error quoted in method notes: half the width of the 95% Wilson interval at p = 0.5
 * (the widest case) with the effective sample size. Uses the statistics library's interval, so the
 * figure agrees with every confidence interval on the page.
 */
import { wilsonInterval } from '../stats/index.ts';

/** Margin of error in 0..1 units (0.031 = ±3.1 percentage points) for an effective n. */
export function marginOfError(nEff: number): number {
  const { lo, hi } = wilsonInterval(0.5, nEff);
  return (hi - lo) / 2;
}
