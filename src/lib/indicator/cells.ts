/**
 * How estimates read in tables and texts, in the reader's language: shares as percentages with one
 * decimal, intervals as "lo–hi", counts with thousands separators, changes in percentage points with
 * a sign. Unreliable figures carry the chart's marker (*); suppressed ones are "—".
 */
import { UNRELIABLE_MARK } from '../../charts/accessible.ts';
import { formatCount, formatDecimal, formatPercent, formatPercentNumber } from '../format.ts';
import type { Lang } from '../i18n-langs.ts';
import type { Estimate } from './estimates.ts';

export const SUPPRESSED_MARK = '—';
const MINUS = '\u2212';

/** "73.5", "41.2*" or "—". */
export function shareCell(lang: Lang, estimate: Estimate): string {
  if (estimate.share === null) return SUPPRESSED_MARK;
  return formatPercentNumber(lang, estimate.share) + (estimate.column.reliability === 'unreliable' ? UNRELIABLE_MARK : '');
}

/** "70.2–76.6", or null when suppressed (the table then states the reason). */
export function intervalCell(lang: Lang, estimate: Estimate): string | null {
  if (estimate.lo === null || estimate.hi === null) return null;
  return `${formatPercentNumber(lang, estimate.lo)}–${formatPercentNumber(lang, estimate.hi)}`;
}

/** A whole count ("1,459"); effective n is rounded to a whole number as well. */
export function countCell(lang: Lang, n: number): string {
  return formatCount(lang, n);
}

/** A share as a whole percentage with the unreliable marker, for chart labels and descriptions. */
export function shareLabel(lang: Lang, share: number, unreliable: boolean): string {
  return formatPercent(lang, share) + (unreliable ? UNRELIABLE_MARK : '');
}

/** A difference of two shares in percentage points with its sign: "+4.2", "−1.0", "0.0". */
export function pointsCell(lang: Lang, difference: number): string {
  const points = difference * 100;
  const text = formatDecimal(lang, Math.abs(points), 1);
  if (text === formatDecimal(lang, 0, 1)) return text;
  return `${points > 0 ? '+' : MINUS}${text}`;
}
