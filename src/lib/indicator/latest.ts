/** The key share of each country in its latest wave, for lists of indicators. */
import type { CountryIso } from '../codebook/schema.ts';
import type { QuestionAggregates } from '../survey/aggregates.ts';
import type { ShownEstimate } from './estimates.ts';
import { shownKeyTrend } from './significance.ts';

/** Per country: its latest shown key share (null when the question was not asked there or nothing is shown). */
export function latestKeyShares(aggregates: QuestionAggregates, countries: readonly CountryIso[]): Map<CountryIso, ShownEstimate | null> {
  return new Map(countries.map((iso) => {
    const country = aggregates.countries.find((c) => c.country === iso);
    const trend = country ? shownKeyTrend(country) : [];
    return [iso, trend[trend.length - 1] ?? null];
  }));
}
