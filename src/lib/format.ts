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

/** A p-value as reported in sentences: "< 0.001" or "0.034". */
export function formatPValue(lang: Lang, p: number): string {
  return p < 0.001 ? `< ${formatDecimal(lang, 0.001, 3)}` : formatDecimal(lang, p, 3);
}
