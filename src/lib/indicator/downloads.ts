/**
 * The figures of an indicator page as tidy rows, for the CSV and JSON downloads: the key share and
 * every answer by wave, and the key share by group in the latest wave. Column names are fixed English
 * identifiers (stable for scripts); labels are in the page's language.
 */
import { fill, type UiStrings } from '../../i18n/index.ts';
import type { ResolvedQuestion } from '../codebook/resolved.ts';
import { LICENCE as LICENCE_TERMS } from '../downloads/licence.ts';
import type { Reliability } from '../stats/index.ts';
import { SUPPRESS_BELOW_N, UNRELIABLE_BELOW_N } from '../stats/index.ts';
import type { QuestionAggregates } from '../survey/aggregates.ts';
import type { CsvCell } from '../csv.ts';
import { KEY_ROW, rowEstimates, type Estimate } from './estimates.ts';
import { citation } from './citation.ts';
import type { IndicatorContext } from './context.ts';
import type { Labels } from './labels.ts';

export type DownloadTable = 'key_by_wave' | 'answers_by_wave' | 'key_by_group';

export interface DownloadRow {
  table: DownloadTable;
  country: string;
  country_name: string;
  wave: number;
  /** Demographic id for key_by_group, else "". */
  breakdown: string;
  group_code: string;
  group_label: string;
  /** The answer code, or "key" for the headline share. */
  answer_code: string;
  answer_label: string;
  /** Shares in 0..1; null when suppressed. */
  share: number | null;
  ci_low: number | null;
  ci_high: number | null;
  n: number;
  n_eff: number;
  reliability: Reliability;
}

export const CSV_COLUMNS = [
  'table', 'country', 'country_name', 'wave', 'breakdown', 'group_code', 'group_label', 'answer_code', 'answer_label',
  'share_pct', 'ci_low_pct', 'ci_high_pct', 'n', 'n_eff', 'reliability',
] as const;

function figures(e: Estimate): Pick<DownloadRow, 'share' | 'ci_low' | 'ci_high' | 'n' | 'n_eff' | 'reliability'> {
  return { share: e.share, ci_low: e.lo, ci_high: e.hi, n: e.column.n, n_eff: e.column.nEff, reliability: e.column.reliability };
}

export function downloadRows(aggregates: QuestionAggregates, question: ResolvedQuestion, labels: Labels): DownloadRow[] {
  const rows: DownloadRow[] = [];
  for (const country of aggregates.countries) {
    const place = { country: country.country, country_name: labels.country(country.country) };
    const noGroup = { breakdown: '', group_code: '', group_label: '' };
    for (const e of rowEstimates(country.trendKey, KEY_ROW)) {
      rows.push({ table: 'key_by_wave', ...place, wave: Number(e.column.col), ...noGroup, answer_code: 'key', answer_label: question.key.label, ...figures(e) });
    }
    for (const code of country.trend.rows) {
      for (const e of rowEstimates(country.trend, code)) {
        rows.push({ table: 'answers_by_wave', ...place, wave: Number(e.column.col), ...noGroup, answer_code: String(code), answer_label: labels.answer(code), ...figures(e) });
      }
    }
    for (const breakdown of country.latest.byDemographic) {
      for (const e of rowEstimates(breakdown.key, KEY_ROW)) {
        rows.push({
          table: 'key_by_group', ...place, wave: country.latest.wave,
          breakdown: breakdown.demographic, group_code: e.column.col, group_label: labels.group(breakdown.demographic, e.column.col),
          answer_code: 'key', answer_label: question.key.label, ...figures(e),
        });
      }
    }
  }
  return rows;
}

/** Rounds to `digits` decimals, keeping null. */
function round(value: number | null, digits: number): number | null {
  if (value === null) return null;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** A row as CSV values: shares as percentages with two decimals, effective n with one. */
export function csvValues(row: DownloadRow): CsvCell[] {
  const pct = (share: number | null) => round(share === null ? null : share * 100, 2);
  return [
    row.table, row.country, row.country_name, row.wave, row.breakdown, row.group_code, row.group_label, row.answer_code, row.answer_label,
    pct(row.share), pct(row.ci_low), pct(row.ci_high), row.n, round(row.n_eff, 1), row.reliability,
  ];
}

/** What the downloads say about themselves, in the page's language. */
export interface DownloadMetadata {
  question: string;
  wording: string;
  keyLabel: string;
  source: string;
  citation: string;
  notice: string | null;
  url: string;
}

export const LICENCE = `CC BY 4.0 (${LICENCE_TERMS.url})`;

/** The comment lines at the top of the CSV. */
export function metadataLines(t: UiStrings, meta: DownloadMetadata): string[] {
  const lines = [
    `${t.ind_download_meta_question}: ${meta.question} — ${meta.wording}`,
    `${t.ind_download_meta_key}: ${meta.keyLabel}`,
    `${t.ind_download_meta_source}: ${meta.source}, ${meta.url}`,
    `${t.ind_download_meta_licence}: ${LICENCE}`,
    `${t.ind_download_meta_citation}: ${meta.citation}`,
  ];
  if (meta.notice) lines.push(`${t.ind_download_meta_notice}: ${meta.notice}`);
  lines.push(fill(t.ind_download_meta_columns, { low: SUPPRESS_BELOW_N, high: UNRELIABLE_BELOW_N - 1 }));
  return lines;
}

/** The downloads' metadata for an indicator page at `pageUrl`. */
export function downloadMetadataOf(context: IndicatorContext, pageUrl: string): DownloadMetadata {
  const { t, codebook, question } = context;
  const dataset = codebook.dataset;
  return {
    question: question.short,
    wording: question.wording,
    keyLabel: question.key.label,
    source: `${dataset.publisher}, ${dataset.title}, ${dataset.version}`,
    citation: citation(t, dataset, question.short, pageUrl),
    notice: context.synthetic ? t.synthetic_notice : null,
    url: pageUrl,
  };
}
