/**
 * The default view, from the build-time aggregates: the explorer's default state (one question by wave
 * in one country, weighted, missing codes excluded) is exactly a country's trend table, so the page can
 * show it in its first HTML response, before DuckDB has loaded.
 */
import type { CrosstabResult } from '../stats/index.ts';
import type { QuestionAggregates } from '../survey/aggregates.ts';
import type { ExplorerState } from './state.ts';

export function defaultCrosstab(aggregates: QuestionAggregates, state: ExplorerState): CrosstabResult {
  const filterIds = Object.keys(state.filters).filter((id) => (state.filters[id]?.length ?? 0) > 0);
  const countries = state.filters['country'] ?? [];
  const fits = state.question === aggregates.question && state.breakdown === 'wave' && state.weighted && aggregates.weighted &&
    !state.includeMissing && filterIds.length === 1 && countries.length === 1;
  const country = aggregates.countries.find((c) => c.countryCode === countries[0]);
  if (!fits || !country) {
    throw new Error(`The explorer's default state (${JSON.stringify(state)}) is not a trend table of the aggregates of ${aggregates.question}`);
  }
  return country.trend;
}
