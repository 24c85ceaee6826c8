/**
 * The disclosure check of the published microdata: k, the size of the smallest group of respondents
 * who share every key variable (the country and the keys of the local suppression rule: region,
 * settlement, gender, age group and ethnicity in the 2021 map). k = 1
 * means some respondent is the only one with that combination in the file. One implementation, used
 * by the import (which prints it) and the pipeline (which puts it in the manifest for the dataset page).
 * The rules' parameters are not written here: they live in the import map
 * (data/surveys/<id>/import-<round>/demographics.yaml), the import records those it applied in the
 * codebook (codebook/demographics.yaml), and the pipeline passes them on in the manifest.
 */
import type { CodebookSources } from '../codebook/resolved.ts';

/** The variable whose rare values are merged and whose majority local suppression leaves alone. */
export const ETHNICITY = 'ethnicity';

export interface DisclosureCheck {
  /** The smallest group's size. */
  k: number;
  /** Respondents in groups of fewer than the `minimum` the check was given. */
  inSmallGroups: number;
  /** The key variables used (country first). */
  keys: string[];
}

/** The parameters of the disclosure rules the import applied, as the codebook records them. */
export interface DisclosureRules {
  /** Ethnic groups with fewer respondents than this in a country were merged into "Other". */
  mergeBelow: number;
  /** Local suppression left no non-majority respondent in a group of fewer than this (themselves included). */
  localSuppressionMinimum: number;
  /** The key variables of those groups besides the country, in the order the map lists them. */
  keys: string[];
}

/**
 * The rules of a codebook: the ethnicity's `mergeBelow` and the local suppression's `minimum`, or
 * undefined when it records neither (synthetic data, which no disclosure control touched). The codebook
 * checks make sure real microdata record both.
 */
export function disclosureRules(sources: Pick<CodebookSources, 'demographics' | 'localSuppression'>): DisclosureRules | undefined {
  const mergeBelow = sources.demographics.find((demographic) => demographic.id === ETHNICITY)?.mergeBelow;
  const minimum = sources.localSuppression?.minimum;
  if (mergeBelow === undefined || minimum === undefined) return undefined;
  return { mergeBelow, localSuppressionMinimum: minimum, keys: [...(sources.localSuppression?.keys ?? [])] };
}

/** Respondents per combination of the key columns: the group key of each row and every group's size. */
export function groupSizes(columns: readonly ArrayLike<number>[], rows: number): { key: (r: number) => string; sizes: Map<string, number> } {
  const key = (r: number) => Array.from(columns, (column) => column[r] ?? '').join(':');
  const sizes = new Map<string, number>();
  for (let r = 0; r < rows; r += 1) sizes.set(key(r), (sizes.get(key(r)) ?? 0) + 1);
  return { key, sizes };
}

/**
 * `columns` are the key variables' codes, one array per variable, all of length `rows`. `minimum` is
 * local suppression's minimum (DisclosureRules.localSuppressionMinimum), not a threshold of its own:
 * local suppression (scripts/import/wbsb/disclosure.ts) lifts every non-majority respondent to a group
 * of at least `minimum` on these same keys, group sizes counted the same way (per country, the
 * respondent included), and leaves the majority as they are. The respondents counted here are the ones
 * below that minimum, which the dataset page reports beside the rule as all of the majority (k among
 * non-majority respondents, also in the manifest, shows the rule held). With a threshold of its own,
 * changing the rule would leave the count measuring something the page no longer says.
 */
export function disclosureCheck(columns: readonly ArrayLike<number>[], rows: number, keys: readonly string[], minimum: number): DisclosureCheck {
  const { sizes } = groupSizes(columns, rows);
  let k = rows === 0 ? 0 : Number.POSITIVE_INFINITY;
  let inSmallGroups = 0;
  for (const size of sizes.values()) {
    k = Math.min(k, size);
    if (size < minimum) inSmallGroups += size;
  }
  return { k, inSmallGroups, keys: [...keys] };
}

/**
 * k among the respondents of non-majority ethnic groups only: `majority(r)` says whether respondent r
 * belongs to the largest ethnic group of their country. Groups are still formed over everyone's keys.
 */
export function nonMajorityK(columns: readonly ArrayLike<number>[], rows: number, majority: (r: number) => boolean): number {
  const { key, sizes } = groupSizes(columns, rows);
  let k = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rows; r += 1) if (!majority(r)) k = Math.min(k, sizes.get(key(r)) ?? 0);
  return Number.isFinite(k) ? k : 0;
}

/** Whether each respondent is of their country's largest ethnic group. */
export function majorityOf(country: ArrayLike<number>, ethnicity: ArrayLike<number>, rows: number): (r: number) => boolean {
  const counts = new Map<string, number>();
  for (let r = 0; r < rows; r += 1) counts.set(`${country[r]}:${ethnicity[r]}`, (counts.get(`${country[r]}:${ethnicity[r]}`) ?? 0) + 1);
  const largest = new Map<number, { code: number; n: number }>();
  for (const [key, n] of counts) {
    const [c, e] = key.split(':').map(Number) as [number, number];
    if ((largest.get(c)?.n ?? -1) < n) largest.set(c, { code: e, n });
  }
  return (r) => largest.get(country[r] ?? 0)?.code === ethnicity[r];
}
