/**
 * The UI strings the explorer needs at build time and in the browser (the page hands them to its script
 * as a JSON data block, so the browser does not bundle every language).
 */
import { explorer as reference } from '../../i18n/en/explorer.ts';
import { ui, type UiStrings } from '../../i18n/index.ts';
import type { Lang } from '../i18n-langs.ts';

const SITE_KEYS = ['site_name', 'publisher', 'synthetic_title', 'synthetic_notice', 'synthetic_short'] as const;

export type ExplorerStrings = Pick<UiStrings, keyof typeof reference | (typeof SITE_KEYS)[number]>;

/** The explorer namespace plus the few shell strings its notes and exports repeat. */
export function explorerStrings(lang: Lang): ExplorerStrings {
  const all: Record<string, unknown> = ui(lang);
  const keys = [...Object.keys(reference), ...SITE_KEYS];
  return Object.fromEntries(keys.map((key) => [key, all[key] ?? ''])) as ExplorerStrings;
}
