/**
 * The UI strings the explorer needs at build time and in the browser (the page hands them to its script
 * as a JSON data block, so the browser does not bundle every language). The reliability rule's numbers
 * ({min_n}, {caution_n}) are filled in here, once, from the statistics library, so no string states a
 * threshold the code does not apply.
 */
import { explorer as reference } from '../../i18n/en/explorer.ts';
import { ui, type UiStrings } from '../../i18n/index.ts';
import { fillSlots } from '../fill-slots.ts';
import type { Lang } from '../i18n-langs.ts';
import { isPluralForms } from '../plural.ts';
import { SUPPRESS_BELOW_N, UNRELIABLE_BELOW_N } from '../stats/reliability.ts';
import { SIGNIFICANCE_LEVEL } from '../stats/z-test.ts';

const SITE_KEYS = ['site_name', 'publisher', 'synthetic_title', 'synthetic_notice', 'synthetic_short'] as const;

export type ExplorerStrings = Pick<UiStrings, keyof typeof reference | (typeof SITE_KEYS)[number]>;

/** The rule parameters the explorer's strings name: the reliability thresholds and the significance level, in percent. */
export const RULE_SLOTS = { min_n: SUPPRESS_BELOW_N, caution_n: UNRELIABLE_BELOW_N, significance_pct: SIGNIFICANCE_LEVEL * 100 } as const;

function withRules(value: unknown): unknown {
  if (typeof value === 'string') return fillSlots(value, RULE_SLOTS);
  if (isPluralForms(value)) return Object.fromEntries(Object.entries(value).map(([category, form]) => [category, fillSlots(String(form), RULE_SLOTS)]));
  return value;
}

/** The explorer namespace plus the few shell strings its notes and exports repeat. */
export function explorerStrings(lang: Lang): ExplorerStrings {
  const all: Record<string, unknown> = ui(lang);
  const keys = [...Object.keys(reference), ...SITE_KEYS];
  return Object.fromEntries(keys.map((key) => [key, withRules(all[key] ?? '')])) as ExplorerStrings;
}
