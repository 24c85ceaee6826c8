/**
 * Validation of figures.csv once split into fields (pure: no file access). Each row is checked on its
 * own through the zod schema, then against the vocabulary, the KSF ranks and the library; the checks
 * across rows (ids, conflicts, agreement with the rank table) are in figure-cross-checks.ts. Every
 * problem names file, row, column and value; rows are returned only when there is none.
 */
import { FigureCsvRow, FIGURE_ID, UNCERTAIN_YEAR_STATUSES } from './figure-schema.ts';
import type { FigureVocabulary, PublishedFigure } from './figure-schema.ts';
import { checkFiguresAcrossRows, type LocatedFigure } from './figure-cross-checks.ts';
import type { RepresentationIssue } from './issues.ts';
import type { RepresentationMetadata, RepresentationRow } from './schema.ts';
import type { CsvRecord } from './validate.ts';

/** CSV column → row field. Every column must be in the header, in any order. */
export const FIGURE_COLUMN_FIELDS = {
  figure_id: 'figureId',
  source_row: 'sourceRow',
  institution: 'institution',
  group: 'group',
  measure: 'measure',
  level: 'level',
  value: 'value',
  qualifier: 'qualifier',
  value_text: 'valueText',
  unit: 'unit',
  year: 'year',
  year_status: 'yearStatus',
  year_note: 'yearNote',
  publisher: 'publisher',
  attribution: 'attribution',
  source_url: 'sourceUrl',
  publication: 'publication',
  flags: 'flags',
  conflict_group: 'conflictGroup',
  note: 'note',
} as const;
export type FigureColumn = keyof typeof FIGURE_COLUMN_FIELDS;
const COLUMNS = Object.keys(FIGURE_COLUMN_FIELDS) as FigureColumn[];
const NUMBER = /^\d+(?:\.\d+)?$/u;

export interface FiguresInput {
  /** File name used in messages. */
  file: string;
  header: readonly string[];
  records: readonly CsvRecord[];
  vocabulary: FigureVocabulary;
  /** The rank table's metadata: the KSF ranks a figure's level may name. */
  metadata: RepresentationMetadata;
  /** The rank table's rows, which figures at a rank must agree with. */
  rankRows: readonly RepresentationRow[];
  /** Ids of the publications in the library. */
  publicationIds: ReadonlySet<string>;
}

export interface FiguresResult {
  figures: PublishedFigure[];
  issues: RepresentationIssue[];
}

function checkHeader(file: string, header: readonly string[]): RepresentationIssue[] {
  const issue = (column: string, value: string, message: string): RepresentationIssue => ({ file, row: 0, column, value, message });
  return [
    ...header.filter((name) => !(name in FIGURE_COLUMN_FIELDS)).map((name) => issue(name, name, `unknown column; expected ${COLUMNS.join(', ')}`)),
    ...COLUMNS.filter((column) => !header.includes(column)).map((column) => issue(column, '', 'column is missing')),
    ...header.filter((name, index) => header.indexOf(name) !== index).map((name) => issue(name, name, 'column appears twice')),
  ];
}

/**
 * Why a value is not a plain number. A qualifier or a percent sign in the number column is the likely
 * slip when copying "about 16%", so it gets its own message: the qualifier has a column of its own.
 */
function numberProblem(text: string): string {
  if (text === '') return 'must not be empty: every figure has a value';
  if (/[a-z~<>≈≤≥+]/iu.test(text)) return 'must be a plain number: put the word before it ("about", "over", …) in the qualifier column and the printed words in value_text';
  if (text.includes('%')) return 'must be a plain number without "%": the unit column says percent';
  if (/^\d{1,3}(?:[,. ]\d{3})+$/u.test(text)) return 'must be a plain number without thousands separators (the printed form goes in value_text)';
  return 'must be a plain number such as 16 or 4.91';
}

/** The row's fields as zod should see them: empty cells left out, numbers converted when they look like numbers. */
function toCandidate(raw: Record<FigureColumn, string>): Record<string, unknown> {
  const candidate: Record<string, unknown> = {};
  for (const column of COLUMNS) {
    const text = raw[column].trim();
    const field = FIGURE_COLUMN_FIELDS[column];
    if (column === 'flags') candidate[field] = text === '' ? [] : text.split(';').map((flag) => flag.trim());
    else if (text === '') continue;
    else candidate[field] = (column === 'value' || column === 'year') && NUMBER.test(text) ? Number(text) : text;
  }
  return candidate;
}

function columnOf(field: PropertyKey | undefined): FigureColumn {
  return COLUMNS.find((column) => FIGURE_COLUMN_FIELDS[column] === field) ?? 'figure_id';
}

/** Checks against the vocabulary, the ranks and the library that zod cannot make. */
function checkReferences(input: FiguresInput, figure: FigureCsvRow, at: (column: FigureColumn, message: string) => RepresentationIssue): RepresentationIssue[] {
  const { vocabulary } = input;
  const issues: RepresentationIssue[] = [];
  const list = (items: readonly { id: string }[]) => items.map((item) => item.id).join(', ');
  const prefix = FIGURE_ID.exec(figure.figureId)?.[1];
  if (prefix !== figure.sourceRow) issues.push(at('source_row', `must be ${prefix ?? 'the figure id\'s prefix'}, the row the figure id names`));
  if (!vocabulary.institutions.some((item) => item.id === figure.institution)) issues.push(at('institution', `unknown institution; vocabulary.yaml lists ${list(vocabulary.institutions)}`));
  if (!vocabulary.groups.some((item) => item.id === figure.group)) issues.push(at('group', `unknown group; vocabulary.yaml lists ${list(vocabulary.groups)}`));
  const ranks = input.metadata.institutions.find((item) => item.id === figure.institution)?.ranks ?? [];
  if (!vocabulary.levels.some((item) => item.id === figure.level) && !ranks.some((rank) => rank.id === figure.level)) {
    issues.push(at('level', `unknown level; vocabulary.yaml lists ${list(vocabulary.levels)}${ranks.length > 0 ? ` and metadata.yaml the ranks ${list(ranks)}` : ''}`));
  }
  if (figure.conflictGroup !== undefined) {
    const conflict = vocabulary.conflicts.find((item) => item.id === figure.conflictGroup);
    if (!conflict) issues.push(at('conflict_group', `unknown conflict group; vocabulary.yaml lists ${list(vocabulary.conflicts)}`));
    else if (conflict.institution !== figure.institution) issues.push(at('conflict_group', `is about ${conflict.institution}, not ${figure.institution}`));
  }
  if (figure.publication !== undefined && !input.publicationIds.has(figure.publication)) issues.push(at('publication', 'unknown publication: no publication with this id in data/publications/'));
  if (figure.sourceUrl === undefined && figure.publication === undefined) issues.push(at('source_url', 'missing source: every figure needs the address of its source (or, for a source in the library, its publication id)'));
  return issues;
}

/** Checks of the value and the year that depend on other fields of the row. */
function checkConsistency(figure: FigureCsvRow, at: (column: FigureColumn, message: string) => RepresentationIssue): RepresentationIssue[] {
  const issues: RepresentationIssue[] = [];
  if (figure.unit === 'percent' && figure.value > 100) issues.push(at('value', 'must be at most 100 for a percentage'));
  if (figure.unit === 'count' && !Number.isInteger(figure.value)) issues.push(at('value', 'must be a whole number for a count'));
  if (figure.yearStatus === 'not-stated' && figure.year !== undefined) issues.push(at('year', 'must be empty when year_status is not-stated'));
  if (figure.yearStatus !== 'not-stated' && figure.year === undefined) issues.push(at('year', `must not be empty when year_status is ${figure.yearStatus} (use not-stated for a figure without a year)`));
  const needsNote = figure.yearStatus === 'not-stated' || UNCERTAIN_YEAR_STATUSES.includes(figure.yearStatus);
  if (needsNote && figure.yearNote === undefined) issues.push(at('year_note', `must say why, when year_status is ${figure.yearStatus}`));
  if (new Set(figure.flags).size !== figure.flags.length) issues.push(at('flags', 'names a flag twice'));
  return issues;
}

function checkRecord(input: FiguresInput, record: CsvRecord): { located?: LocatedFigure; issues: RepresentationIssue[] } {
  const raw = Object.fromEntries(COLUMNS.map((column) => [column, record.values[input.header.indexOf(column)] ?? ''])) as Record<FigureColumn, string>;
  const at = (column: FigureColumn, message: string): RepresentationIssue => ({ file: input.file, row: record.row, line: record.line, column, value: raw[column], message });
  if (record.values.length !== input.header.length) {
    return { issues: [{ file: input.file, row: record.row, line: record.line, column: '*', value: record.values.join(','), message: `has ${record.values.length} fields; the header has ${input.header.length}` }] };
  }
  const valueText = raw.value.trim();
  const valueIssue = NUMBER.test(valueText) ? [] : [at('value', numberProblem(valueText))];
  const parsed = FigureCsvRow.safeParse(toCandidate(raw));
  if (!parsed.success) {
    const schemaIssues = parsed.error.issues.filter((problem) => !(valueIssue.length > 0 && problem.path[0] === 'value'));
    // A bad flag is reported with its name: the cell may hold several.
    const flagOf = (path: readonly PropertyKey[]) => (path[0] === 'flags' && typeof path[1] === 'number' ? ` (flag "${raw.flags.split(';')[path[1]]?.trim() ?? ''}")` : '');
    return { issues: [...valueIssue, ...schemaIssues.map((problem) => at(columnOf(problem.path[0]), `${problem.message}${flagOf(problem.path)}`))] };
  }
  const issues = [...valueIssue, ...checkReferences(input, parsed.data, at), ...checkConsistency(parsed.data, at)];
  const decimals = valueText.split('.')[1]?.length ?? 0;
  return issues.length > 0 ? { issues } : { located: { record, raw, figure: { ...parsed.data, decimals } }, issues };
}

/** Validates a parsed figures.csv; figures are returned only when there is no issue at all. */
export function validateFigures(input: FiguresInput): FiguresResult {
  const headerIssues = checkHeader(input.file, input.header);
  if (headerIssues.length > 0) return { figures: [], issues: headerIssues };
  const issues: RepresentationIssue[] = [];
  const located: LocatedFigure[] = [];
  for (const record of input.records) {
    const checked = checkRecord(input, record);
    issues.push(...checked.issues);
    if (checked.located) located.push(checked.located);
  }
  // Across-row checks only on a clean file: a rejected row would make them report knock-on errors.
  if (issues.length === 0) issues.push(...checkFiguresAcrossRows(input, located));
  if (input.records.length === 0) issues.push({ file: input.file, row: 0, column: 'figure_id', value: '', message: 'the file has no figures' });
  issues.sort((a, b) => a.row - b.row);
  return { figures: issues.length > 0 ? [] : located.map(({ figure }) => figure), issues };
}
