/**
 * The explorer's subset download: the respondent rows that match the current filters, with the chosen
 * variables, as CSV with the same kind of metadata header as the explorer's cross-tab CSV ("#" lines in
 * the page language: what the file holds, filters, variables, source, licence, citation, permalink,
 * synthetic-data notice), a byte-order mark so spreadsheet programs detect UTF-8, and CRLF line ends.
 * Pure: the browser module src/client/subset-download.ts feeds it the engine's rows.
 */
import type { ResolvedCodebook } from '../codebook/resolved.ts';
import { describeFilters } from '../explorer/describe.ts';
import type { ExplorerState } from '../explorer/state.ts';
import { LICENCE } from './licence.ts';
import type { SubsetStrings } from './subset-strings.ts';
import { oneLine } from './text.ts';

export type SubsetCell = string | number | bigint | boolean | null | undefined;

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

const BOM = '\uFEFF';

function field(value: SubsetCell): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet; codes and ids never start so.
  const safe = /^[=+\-@\t\r]/u.test(text) && !/^-?\d/u.test(text) ? `'${text}` : text;
  return /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
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
  ].map((line) => `# ${oneLine(line)}`);
}

export function subsetCsv(input: SubsetInput): string {
  const rows = input.rows.map((row) => {
    const cells: readonly SubsetCell[] = Array.isArray(row) ? row : input.columns.map((name) => (row as Readonly<Record<string, SubsetCell>>)[name]);
    return cells.map(field).join(',');
  });
  const lines = [...subsetMetadataLines({ ...input, rowCount: input.rows.length }), input.columns.map(field).join(','), ...rows];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
