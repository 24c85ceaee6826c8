/**
 * The explorer's subset download: the respondent rows that match the current filters, with the chosen
 * variables, as CSV with the same kind of metadata header as the explorer's cross-tab CSV ("#" lines in
 * the page language: what the file holds, filters, variables, source, licence, citation, permalink,
 * synthetic-data notice), a byte-order mark so spreadsheet programs detect UTF-8, and CRLF line ends,
 * by the portal's one CSV writer (../csv.ts, which defuses formula-like text such as an id "=…").
 * Pure: the browser module src/client/subset-download.ts feeds it the engine's rows.
 */
import type { ResolvedCodebook } from '../codebook/resolved.ts';
import { toCsv, type CsvCell } from '../csv.ts';
import { describeFilters } from '../explorer/describe.ts';
import type { ExplorerState } from '../explorer/state.ts';
import { LICENCE } from './licence.ts';
import type { SubsetStrings } from './subset-strings.ts';
import { oneLine } from './text.ts';

export type SubsetCell = CsvCell;

export interface SubsetInput {
  codebook: ResolvedCodebook;
  state: ExplorerState;
  strings: SubsetStrings;
  /** Absolute link to the explorer view. */
  permalink: string;
  /** Column names, as the engine returns them. */
  columns: readonly string[];
  /** Rows as arrays in column order, or as objects keyed by column. */
  rows: readonly (readonly SubsetCell[] | Readonly<Record<string, SubsetCell>>)[];
}

function variableLabel(codebook: ResolvedCodebook, name: string): string | undefined {
  return codebook.questions.find((q) => q.id === name)?.short ?? codebook.demographics.find((d) => d.id === name)?.label;
}

export function subsetMetadataLines(input: Omit<SubsetInput, 'rows'> & { rowCount: number }): string[] {
  const { codebook, strings: s } = input;
  const dataset = codebook.dataset;
  const filters = describeFilters(codebook, input.state);
  const variables = input.columns.map((name) => {
    const label = variableLabel(codebook, name);
    return label ? `${name} (${label})` : name;
  });
  return [
    `${s.title}: ${dataset.title} ${dataset.version}`,
    filters === null ? s.noFilters : `${s.filters}: ${filters}`,
    `${s.variables}: ${variables.join(', ')}`,
    `${s.rows}: ${input.rowCount}`,
    `${s.codes}: ${s.datasetPage}`,
    `${s.source}: ${dataset.publisher}, ${dataset.title} ${dataset.version}`,
    `${s.licence}: ${LICENCE.id} ${LICENCE.url}`,
    `${s.citation}: ${s.citationText}`,
    `${s.permalink}: ${input.permalink}`,
    ...(dataset.synthetic ? [`${s.notice}: ${s.noticeText}`] : []),
  ].map(oneLine);
}

export function subsetCsv(input: SubsetInput): string {
  const rows = input.rows.map((row): readonly SubsetCell[] => {
    if (Array.isArray(row)) return row as readonly SubsetCell[];
    const byName = row as Readonly<Record<string, SubsetCell>>;
    return input.columns.map((name) => byName[name]);
  });
  return toCsv(input.columns, rows, { comments: subsetMetadataLines({ ...input, rowCount: input.rows.length }), eol: '\r\n', bom: true });
}
