/**
 * Disclosure control applied before anything is written: rare values of a demographic (an ethnic group
 * with fewer respondents in a country than the map's `mergeBelow`) are merged into a catch-all value,
 * repeatedly, smallest first, until every published value of the country, the catch-all included, has
 * at least the threshold.
 * The municipality and exact ages are never read (demographics.yaml `withheld`, age groups only).
 */
import { groupSizes } from '../../../src/lib/survey/disclosure.ts';
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


export interface SuppressionReport {
  /** Per variable, how many respondents had it replaced by "not published". */
  suppressed: { id: string; respondents: number }[];
}

/**
 * Local suppression for the respondents whom their combination could identify: members of a
 * non-majority ethnic group (in a country of about a thousand respondents, a Kosovo Serb woman of 65+
 * in a rural region may be the only one). Majority respondents who are alone in the sample on these
 * variables share them with many people in the population, so they are left as they are.
 */
export function suppressRare(
  columns: Map<string, Int32Array>,
  rows: number,
  rule: { keys: string[]; minimum: number; suppress: { id: string; code: number }[] },
  ethnicity = 'ethnicity',
): SuppressionReport {
  const ethnic = columns.get(ethnicity);
  if (!ethnic) return { suppressed: [] };
  const counts = new Map<number, number>();
  for (const code of ethnic) counts.set(code, (counts.get(code) ?? 0) + 1);
  const majority = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const report: SuppressionReport = { suppressed: [] };
  for (const step of rule.suppress) {
    const target = columns.get(step.id);
    if (!target) continue;
    const keyIds = rule.keys.filter((id) => columns.has(id));
    const full = groupSizes(keyIds.map((id) => columns.get(id) as Int32Array), rows);
    // Groups as they are without this variable: suppressing it for every non-majority member of such a
    // group puts them all in one "not published" group, instead of moving one person to a group of one.
    const partial = groupSizes(keyIds.filter((id) => id !== step.id).map((id) => columns.get(id) as Int32Array), rows);
    const marked = new Set<string>();
    for (let r = 0; r < rows; r += 1) {
      if (ethnic[r] !== majority && (full.sizes.get(full.key(r)) ?? 0) < rule.minimum) marked.add(partial.key(r));
    }
    let changed = 0;
    for (let r = 0; r < rows; r += 1) {
      if (ethnic[r] === majority || !marked.has(partial.key(r)) || target[r] === step.code) continue;
      target[r] = step.code;
      changed += 1;
    }
    report.suppressed.push({ id: step.id, respondents: changed });
  }
  return report;
}
