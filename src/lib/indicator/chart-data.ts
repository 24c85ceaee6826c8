/**
 * The aggregates reshaped into the chart functions' inputs (src/charts/types.ts). Suppressed figures
 * are left out of charts (their tables still list them, with the reason).
 */
import type { TrendPoint, ShareBar, AnswerShare } from '../../charts/types.ts';
import type { CrosstabResult } from '../stats/index.ts';
import type { CountryAggregates, QuestionAggregates } from '../survey/aggregates.ts';
import { isShown, keyEstimates, estimateAt, type ShownEstimate } from './estimates.ts';
import type { Labels } from './labels.ts';

/** The key share of every country across waves. */
export function trendPoints(aggregates: QuestionAggregates, labels: Labels): TrendPoint[] {
  return aggregates.countries.flatMap((country) =>
    keyEstimates(country.trendKey)
      .filter(isShown)
      .map((e) => ({
        series: labels.country(country.country),
        wave: Number(e.column.col),
        share: e.share,
        lo: e.lo,
        hi: e.hi,
        unreliable: e.column.reliability === 'unreliable',
      })),
  );
}

/** Bars of the key share per group of one breakdown, plus the groups left out for too few respondents. */
export function breakdownBars(key: CrosstabResult, groupLabel: (code: string) => string): { bars: ShareBar[]; omitted: string[] } {
  const estimates = keyEstimates(key);
  return {
    bars: estimates.filter(isShown).map((e) => ({
      group: groupLabel(e.column.col),
      share: e.share,
      lo: e.lo,
      hi: e.hi,
      unreliable: e.column.reliability === 'unreliable',
    })),
    omitted: estimates.filter((e) => !isShown(e)).map((e) => groupLabel(e.column.col)),
  };
}

/** The wave a country's full answer distribution is shown for: its latest wave. */
export function latestWave(country: CountryAggregates): number {
  return country.latest.wave;
}

/** Every answer's share in one country and wave (rows of the full trend table), in answer order. */
export function answerEstimates(country: CountryAggregates, wave: number): { code: number; estimate: ShownEstimate | null }[] {
  return country.trend.rows.map((code) => {
    const estimate = estimateAt(country.trend, code, String(wave));
    return { code, estimate: estimate && isShown(estimate) ? estimate : null };
  });
}

/** Segments of the stacked bars: every answer of every country in its latest wave. */
export function answerShares(aggregates: QuestionAggregates, labels: Labels, groupOf: (country: CountryAggregates) => string): AnswerShare[] {
  return aggregates.countries.flatMap((country) =>
    answerEstimates(country, latestWave(country)).flatMap(({ code, estimate }) =>
      estimate
        ? [{
            group: groupOf(country),
            answer: labels.answer(code),
            share: estimate.share,
            lo: estimate.lo,
            hi: estimate.hi,
            unreliable: estimate.column.reliability === 'unreliable',
          }]
        : [],
    ),
  );
}

/** The answer codes of the full tables, in display order. */
export function answerCodes(aggregates: QuestionAggregates): number[] {
  return aggregates.countries[0]?.trend.rows ?? [];
}
