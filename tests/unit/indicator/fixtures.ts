/**
 * Small aggregates built by hand for the indicator tests: unweighted tables (every weight 1), so a
 * share is simply count / n and the effective n equals n, which keeps the expected values easy to
 * work out in the tests themselves.
 */
import type { CountryIso } from '../../../src/lib/codebook/schema.ts';
import { crosstab, type CellSums } from '../../../src/lib/stats/index.ts';
import type { CountryAggregates, QuestionAggregates } from '../../../src/lib/survey/aggregates.ts';

/** Key answers per wave: { 2021: [keyCount, total], … }. */
export type KeyCounts = Record<number, [number, number]>;

function keyCells(counts: KeyCounts): CellSums[] {
  return Object.entries(counts).flatMap(([wave, [key, total]]) => [
    { row: 1, col: wave, n: key, sumW: key, sumW2: key },
    { row: 0, col: wave, n: total - key, sumW: total - key, sumW2: total - key },
  ]);
}

export function countryFixture(country: CountryIso, countryCode: number, counts: KeyCounts): CountryAggregates {
  const waves = Object.keys(counts);
  const trendKey = crosstab(keyCells(counts), { weighted: false, rows: [1, 0], cols: waves });
  // The full table: key answers split evenly over answers 3 and 4, the others over 1 and 2.
  const full: CellSums[] = Object.entries(counts).flatMap(([wave, [key, total]]) => {
    const other = total - key;
    const parts = [Math.floor(other / 2), other - Math.floor(other / 2), Math.floor(key / 2), key - Math.floor(key / 2)];
    return parts.map((n, i) => ({ row: i + 1, col: wave, n, sumW: n, sumW2: n }));
  });
  const trend = crosstab(full, { weighted: false, rows: [1, 2, 3, 4], cols: waves });
  const latestWave = Math.max(...waves.map(Number));
  return { country, countryCode, trend, trendKey, latest: { wave: latestWave, byDemographic: [] } };
}

export function questionFixture(countries: CountryAggregates[]): QuestionAggregates {
  return { question: 'trust_police', datasetId: 'wbsb', version: '0.1.0', synthetic: true, weighted: true, keyCodes: [3, 4], countries };
}
