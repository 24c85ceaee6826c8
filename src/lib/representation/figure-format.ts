/**
 * How a published figure reads on the page, in the reader's language: the number with the decimals
 * it was published with, its unit, and its qualifier in words ("about 16%", "mbi 15%"); the year with
 * its caution; the labels of measures and flags. One function per question, shared by the page and
 * the e2e test, so that what is tested is what is shown.
 */
import { fill, ui, type TextKey } from '../../i18n/index.ts';
import { formatCount, formatPercentNumber } from '../format.ts';
import type { Lang } from '../i18n-langs.ts';
import type { Flag, Measure, PublishedFigure, Qualifier, YearStatus } from './figure-schema.ts';

const QUALIFIER_KEYS: Record<Qualifier, TextKey> = {
  about: 'rep_q_about',
  over: 'rep_q_over',
  'up-to': 'rep_q_up_to',
  'less-than': 'rep_q_less_than',
  almost: 'rep_q_almost',
  'close-to': 'rep_q_close_to',
};

/** Only these year statuses are worth a word on the page: a stated or publication year reads as is. */
const YEAR_KEYS: Partial<Record<YearStatus, TextKey>> = {
  approximate: 'rep_year_approximate',
  inferred: 'rep_year_inferred',
  'not-stated': 'rep_year_not_stated',
};

/** `staff` is what a figure usually counts, so it needs no word. */
const MEASURE_KEYS: Partial<Record<Measure, TextKey>> = {
  left: 'rep_measure_left',
  target: 'rep_measure_target',
  'target-increase': 'rep_measure_target_increase',
};

const FLAG_KEYS: Record<Flag, TextKey> = {
  uncertain: 'rep_flag_uncertain',
  'low-reliability': 'rep_flag_low_reliability',
  'printed-error': 'rep_flag_printed_error',
  'sum-mismatch': 'rep_flag_sum_mismatch',
  context: 'rep_flag_context',
};

/** The number and unit without qualifier: "16%", "4,91%", "8.600". */
export function formatFigureNumber(lang: Lang, figure: Pick<PublishedFigure, 'value' | 'unit' | 'decimals'>): string {
  return figure.unit === 'percent' ? `${formatPercentNumber(lang, figure.value / 100, figure.decimals)}%` : formatCount(lang, figure.value);
}

/** The value as the page shows it: "about 16%", "over 8,600", "11.34%". */
export function formatFigureValue(lang: Lang, figure: Pick<PublishedFigure, 'value' | 'unit' | 'decimals' | 'qualifier'>): string {
  const number = formatFigureNumber(lang, figure);
  return figure.qualifier === undefined ? number : fill(ui(lang)[QUALIFIER_KEYS[figure.qualifier]], { value: number });
}

/** The caution that goes with the year, or null when the year is as the source gives it. */
export function yearCaution(lang: Lang, status: YearStatus): string | null {
  const key = YEAR_KEYS[status];
  return key === undefined ? null : ui(lang)[key];
}

/** What the figure counts, when it is not simply members of the group. */
export function measureLabel(lang: Lang, measure: Measure): string | null {
  const key = MEASURE_KEYS[measure];
  return key === undefined ? null : ui(lang)[key];
}

export function flagLabel(lang: Lang, flag: Flag): string {
  return ui(lang)[FLAG_KEYS[flag]];
}
