/**
 * Number formats per language (d3-format locales). Albanian and Serbian write a decimal comma; Serbian
 * groups thousands with a dot, Albanian with a (non-breaking) space; English uses the point and comma.
 */
import { formatLocale, type FormatLocaleObject } from 'd3';
import type { Lang } from './i18n-langs.ts';

const LOCALES: Record<Lang, FormatLocaleObject> = {
  en: formatLocale({ decimal: '.', thousands: ',', grouping: [3], currency: ['€', ''] }),
  sq: formatLocale({ decimal: ',', thousands: '\u00a0', grouping: [3], currency: ['', '\u00a0€'] }),
  sr: formatLocale({ decimal: ',', thousands: '.', grouping: [3], currency: ['', '\u00a0€'] }),
};

/** A share in 0..1 as a whole percentage: 0.456 → "46%". */
export function formatPercent(lang: Lang, share: number, digits = 0): string {
  return LOCALES[lang].format(`.${digits}%`)(share);
}

/** A share in 0..1 as a percentage number without the sign, for tables: 0.456 → "45.6" / "45,6". */
export function formatPercentNumber(lang: Lang, share: number, digits = 1): string {
  return LOCALES[lang].format(`.${digits}f`)(share * 100);
}

/** A whole count with thousands separators: 18000 → "18,000" / "18.000" / "18 000". */
export function formatCount(lang: Lang, value: number): string {
  return LOCALES[lang].format(',d')(Math.round(value));
}

/** A decimal number with fixed digits: 1.234 → "1.23" / "1,23". */
export function formatDecimal(lang: Lang, value: number, digits = 2): string {
  return LOCALES[lang].format(`.${digits}f`)(value);
}

/**
 * A byte count in decimal (SI) units, in the page's number format: 1 kB = 1000 bytes and 1 MB = 1000 kB,
 * as browsers' download panels count them. The symbols B, kB and MB are the same in all three languages.
 * `digits` is the decimals of kB, MB gets one more: 0 for progress lines ("340 kB", "5.2 MB"), 1 for the
 * download lists and the pipeline's size summary ("27.4 kB", "3.85 MB").
 */
export function formatBytes(lang: Lang, bytes: number, digits = 0): string {
  if (bytes < 1000) return `${formatCount(lang, bytes)} B`;
  if (bytes < 1_000_000) return `${formatDecimal(lang, bytes / 1000, digits)} kB`;
  return `${formatDecimal(lang, bytes / 1_000_000, digits + 1)} MB`;
}

/** A p-value as reported in sentences: "< 0.001" or "0.034". */
export function formatPValue(lang: Lang, p: number): string {
  return p < 0.001 ? `< ${formatDecimal(lang, 0.001, 3)}` : formatDecimal(lang, p, 3);
}
