/**
 * Disclosure control applied before anything is written: rare values of a demographic (an ethnic group
 * with fewer than ten respondents in a country) are merged into a catch-all value, repeatedly, smallest
 * first, until every published value of the country, the catch-all included, has at least the threshold.
 * The municipality and exact ages are never read (demographics.yaml `withheld`, age groups only).
 */
import type { MapDemographic } from './map-schema.ts';

export interface MergeReport {
  demographic: string;
  /** Codes merged into `into`, with their respondent counts before merging. */
  merged: { code: number; respondents: number }[];
  into: number;
}

/** Merges rare codes of one country's column in place and says what it merged. */
export function mergeRareValues(demographic: MapDemographic, column: Int32Array): MergeReport | null {
  const threshold = demographic.mergeBelow;
  const into = demographic.mergeInto;
  if (threshold === undefined || into === undefined) return null;
  const counts = new Map<number, number>();
  for (const code of column) counts.set(code, (counts.get(code) ?? 0) + 1);
  const merged: MergeReport['merged'] = [];
  const catchAll = () => counts.get(into) ?? 0;
  for (;;) {
    const candidates = [...counts.entries()].filter(([code]) => code !== into).sort((a, b) => a[1] - b[1] || a[0] - b[0]);
    const [smallest] = candidates;
    if (!smallest) break;
    const catchAllTooSmall = catchAll() > 0 && catchAll() < threshold;
    if (smallest[1] >= threshold && !catchAllTooSmall) break;
    if (candidates.length === 1 && smallest[1] >= threshold) break;
    merged.push({ code: smallest[0], respondents: smallest[1] });
    counts.set(into, catchAll() + smallest[1]);
    counts.delete(smallest[0]);
  }
  if (merged.length === 0) return null;
  const mergedCodes = new Set(merged.map((entry) => entry.code));
  for (let i = 0; i < column.length; i += 1) if (mergedCodes.has(column[i] ?? 0)) column[i] = into;
  return { demographic: demographic.id, merged, into };
}

