/**
 * The disclosure check of the published microdata: k, the size of the smallest group of respondents
 * who share every key variable (country, region, settlement, gender, age group, ethnicity). k = 1
 * means some respondent is the only one with that combination in the file. One implementation, used
 * by the import (which prints it) and the pipeline (which puts it in the manifest for the dataset page).
 */

/** The key variables besides the country, in the order messages name them. */
export const DISCLOSURE_KEYS = ['region', 'settlement', 'gender', 'age_group', 'ethnicity'] as const;

export interface DisclosureCheck {
  /** The smallest group's size. */
  k: number;
  /** The smallest group's size among respondents of non-majority ethnic groups (where the risk lies). */
  kNonMajority?: number;
  /** Respondents in groups of fewer than three. */
  inGroupsBelowThree: number;
  /** The key variables used (country first). */
  keys: string[];
}

/** Respondents per combination of the key columns: the group key of each row and every group's size. */
export function groupSizes(columns: readonly ArrayLike<number>[], rows: number): { key: (r: number) => string; sizes: Map<string, number> } {
  const key = (r: number) => Array.from(columns, (column) => column[r] ?? '').join(':');
  const sizes = new Map<string, number>();
  for (let r = 0; r < rows; r += 1) sizes.set(key(r), (sizes.get(key(r)) ?? 0) + 1);
  return { key, sizes };
}

/** `columns` are the key variables' codes, one array per variable, all of length `rows`. */
export function disclosureCheck(columns: readonly ArrayLike<number>[], rows: number, keys: readonly string[]): DisclosureCheck {
  const { sizes } = groupSizes(columns, rows);
  let k = rows === 0 ? 0 : Number.POSITIVE_INFINITY;
  let inGroupsBelowThree = 0;
  for (const size of sizes.values()) {
    k = Math.min(k, size);
    if (size < 3) inGroupsBelowThree += size;
  }
  return { k, inGroupsBelowThree, keys: [...keys] };
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
