/**
 * The CSV download of a cross-tab: a metadata header of "#" lines in the page language (question,
 * wording, breakdown, filters, weighting, missing codes, base, source, licence, citation, permalink,
 * synthetic-data notice), then one row per cell in a tidy layout with stable English column names.
 * Numbers use a decimal point and no grouping, so any program reads them; the file starts with a
 * byte-order mark so spreadsheet programs detect UTF-8 (ë, ç, š). Written by the portal's one CSV
 * writer (../csv.ts), which defuses text a spreadsheet would run as a formula.
 */
import type { ResolvedCodebook } from '../codebook/resolved.ts';
import { toCsv, type CsvCell } from '../csv.ts';
import { LICENCE } from '../downloads/licence.ts';
import { baseNote, citation, describeFilters, fillSlots, measureNote, sourceNote, weightingNote } from './describe.ts';
import type { ExplorerStrings } from './strings.ts';
import type { ExplorerView } from './view.ts';

export const CSV_COLUMNS = [
  'answer_code', 'answer', 'group_code', 'group', 'share_percent', 'ci95_low_percent', 'ci95_high_percent',
  'cell_n', 'group_n', 'group_effective_n', 'reliability',
] as const;


/** A share in 0..1 as a percentage with two decimals: 0.45415 → 45.42. */
function percent(share: number | null): number | null {
  return share === null ? null : Math.round(share * 10000) / 100;
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

export interface CsvInput {
  view: ExplorerView;
  codebook: ResolvedCodebook;
  strings: ExplorerStrings;
  /** Formats counts in the page language (used in the base line). */
  lang: 'sq' | 'en' | 'sr';
  /** Absolute link to the view. */
  permalink: string;
}

export function metadataLines({ view, codebook, strings, lang, permalink }: CsvInput): string[] {
  const filters = describeFilters(codebook, view.state);
  const s = strings;
  return [
    `${s.csv_title}: ${view.question.short} (${view.question.id})`,
    `${s.csv_wording}: ${view.wording}`,
    ...(view.state.title === null ? [] : [`${s.csv_chart_title}: ${view.state.title}`]),
    `${s.csv_breakdown}: ${view.breakdownLabel ?? s.table_all}`,
    `${s.csv_measure}: ${measureNote(view, codebook, strings) ?? s.measure_answers}`,
    filters === null ? s.note_no_filters : fillSlots(s.note_filters, { filters }),
    `${s.csv_weighting}: ${weightingNote(view, codebook, strings)}`,
    `${s.csv_missing}: ${view.state.includeMissing ? s.csv_included : s.csv_excluded}`,
    baseNote(view, strings, lang),
    sourceNote(codebook, strings),
    `${s.note_licence} ${LICENCE.url}`,
    `${s.csv_citation}: ${citation(codebook, strings, permalink)}`,
    `${s.csv_permalink}: ${permalink}`,
    ...(codebook.dataset.synthetic ? [`${s.csv_synthetic}: ${s.synthetic_notice}`] : []),
  ].map(oneLine);
}

export function crosstabCsv(input: CsvInput): string {
  const { view, strings } = input;
  const reliabilityText = { ok: strings.reliability_ok, unreliable: strings.reliability_unreliable, suppressed: strings.reliability_suppressed };
  const rows = view.rows.flatMap((row) =>
    row.cells.map(({ column, ...cell }): CsvCell[] => [
      // A group's code is its answers joined with "+" (3+4), so the file says what was added up.
      row.codes.join('+'), row.label, column.code, column.label, percent(cell.share), percent(cell.lo), percent(cell.hi),
      cell.n, column.n, Math.round(column.nEff * 10) / 10, reliabilityText[column.reliability],
    ]),
  );
  return toCsv(CSV_COLUMNS, rows, { comments: metadataLines(input), eol: '\r\n', bom: true });
}
