/**
 * Whether two shares differ beyond chance: the two-proportion z-test on effective n from the
 * statistics library, applied to consecutive survey waves and to the key sentence's comparison.
 */
import { twoProportionZTest } from '../stats/index.ts';
import type { CountryAggregates } from '../survey/aggregates.ts';
import { isShown, keyEstimates, type ShownEstimate } from './estimates.ts';

export type Direction = 'up' | 'down' | 'same';

/** The comparison of a later share with an earlier one. */
export interface ShareChange {
  earlier: ShownEstimate;
  later: ShownEstimate;
  /** later − earlier, in 0..1 units. */
  difference: number;
  pValue: number;
  /** 'same' when the difference is not significant at the portal's level. */
  direction: Direction;
}

export function compareShares(earlier: ShownEstimate, later: ShownEstimate): ShareChange {
  const test = twoProportionZTest(later.share, later.column.nEff, earlier.share, earlier.column.nEff);
  const difference = later.share - earlier.share;
  const direction: Direction = !test.significant ? 'same' : difference > 0 ? 'up' : 'down';
  return { earlier, later, difference, pValue: test.pValue, direction };
}

/** The key share of a country in every wave where it is shown, oldest first. */
export function shownKeyTrend(country: CountryAggregates): ShownEstimate[] {
  return keyEstimates(country.trendKey)
    .filter(isShown)
    .sort((a, b) => Number(a.column.col) - Number(b.column.col));
}

/**
 * Changes between consecutive waves of a country's key share, keyed by the later wave. A wave whose
 * predecessor is suppressed or was not asked has no entry.
 */
export function consecutiveWaveChanges(country: CountryAggregates): Map<string, ShareChange> {
  const estimates = keyEstimates(country.trendKey).sort((a, b) => Number(a.column.col) - Number(b.column.col));
  const changes = new Map<string, ShareChange>();
  for (let i = 1; i < estimates.length; i++) {
    const earlier = estimates[i - 1];
    const later = estimates[i];
    if (earlier && later && isShown(earlier) && isShown(later)) changes.set(later.column.col, compareShares(earlier, later));
  }
  return changes;
}
