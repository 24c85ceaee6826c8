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
  /** Respondents in groups of fewer than three. */
  inGroupsBelowThree: number;
  /** The key variables used (country first). */
  keys: string[];
}

/** `columns` are the key variables' codes, one array per variable, all of length `rows`. */
export function disclosureCheck(columns: readonly ArrayLike<number>[], rows: number, keys: readonly string[]): DisclosureCheck {
  const sizes = new Map<string, number>();
  for (let r = 0; r < rows; r += 1) {
    let key = '';
    for (const column of columns) key += `${column[r] ?? ''}:`;
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  let k = rows === 0 ? 0 : Number.POSITIVE_INFINITY;
  let inGroupsBelowThree = 0;
  for (const size of sizes.values()) {
    k = Math.min(k, size);
    if (size < 3) inGroupsBelowThree += size;
  }
  return { k, inGroupsBelowThree, keys: [...keys] };
}
