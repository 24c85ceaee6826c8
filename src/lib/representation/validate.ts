/**
 * Validation of a representation CSV that has already been split into fields (pure: no file access).
 * Row-level checks run through the zod schema; then each row is checked against the metadata and the
 * publication library; then rows are checked against each other (duplicates, sums, rank order).
 */
import { GROUPS_BY_DIMENSION, RepresentationCsvRow, SUM_TOLERANCE } from './schema.ts';
import type { RepresentationMetadata, RepresentationRow } from './schema.ts';
import type { RepresentationIssue } from './issues.ts';

/** CSV column → row field. `page` is the only column a file may leave out. */
const COLUMN_FIELDS = {
  institution: 'institution',
  year: 'year',
  rank: 'rank',
  rank_order: 'rankOrder',
  dimension: 'dimension',
  group: 'group',
  share: 'share',
  count: 'count',
  source: 'source',
  figure: 'figure',
  page: 'page',
} as const;
type Column = keyof typeof COLUMN_FIELDS;
const COLUMNS = Object.keys(COLUMN_FIELDS) as Column[];
const OPTIONAL_COLUMNS: readonly Column[] = ['page'];
const NUMERIC_COLUMNS: readonly Column[] = ['year', 'rank_order', 'share', 'count', 'page'];
const NUMBER = /^-?\d+(?:\.\d+)?$/u;

/** One data record of a CSV file. */
export interface CsvRecord {
  /** 1-based data row. */
  row: number;
  /** Line of the file where the record starts. */
  line: number;
  /** Field values in header order. */
  values: readonly string[];
}

export interface RepresentationInput {
  /** File name used in messages. */
  file: string;
  header: readonly string[];
  records: readonly CsvRecord[];
  metadata: RepresentationMetadata;
  /** Ids of the publications in the library. */
  publicationIds: ReadonlySet<string>;
}

export interface RepresentationResult {
  rows: RepresentationRow[];
  issues: RepresentationIssue[];
}

interface Located {
  record: CsvRecord;
  raw: Record<Column, string>;
  row: RepresentationRow;
}

function isColumn(name: string): name is Column {
  return name in COLUMN_FIELDS;
}

function checkHeader(file: string, header: readonly string[]): RepresentationIssue[] {
  const issue = (column: string, message: string): RepresentationIssue => ({ file, row: 0, column, value: column, message });
  const unknown = header.filter((name) => !isColumn(name)).map((name) => issue(name, `unknown column; expected ${COLUMNS.join(', ')}`));
  const missing = COLUMNS.filter((column) => !OPTIONAL_COLUMNS.includes(column) && !header.includes(column)).map((column) => ({ ...issue(column, 'column is missing'), value: '' }));
  const repeated = header.filter((name, index) => header.indexOf(name) !== index).map((name) => issue(name, 'column appears twice'));
  return [...unknown, ...missing, ...repeated];
}

/** Numbers are converted only when they look like numbers, so that zod reports "abc" as not a number. */
function toCandidate(raw: Record<Column, string>): Record<string, unknown> {
  const candidate: Record<string, unknown> = {};
  for (const column of COLUMNS) {
    const text = raw[column].trim();
    if (text === '' && (column === 'count' || column === 'page')) continue;
    candidate[COLUMN_FIELDS[column]] = NUMERIC_COLUMNS.includes(column) && NUMBER.test(text) ? Number(text) : text;
  }
  return candidate;
}

function columnOfField(field: PropertyKey | undefined): Column {
  return COLUMNS.find((column) => COLUMN_FIELDS[column] === field) ?? 'institution';
}

function rawValues(header: readonly string[], record: CsvRecord): Record<Column, string> {
  return Object.fromEntries(COLUMNS.map((column) => [column, record.values[header.indexOf(column)] ?? ''])) as Record<Column, string>;
}

/** Key of one breakdown (the rows whose shares must sum to 100). */
function breakdownKey(institution: string, year: string | number, rank: string, dimension: string): string {
  return [institution.trim(), String(year).trim(), rank.trim(), dimension.trim()].join('|');
}

/** Checks one record on its own and against the metadata and the library. */
function checkRecord(input: RepresentationInput, record: CsvRecord, raw: Record<Column, string>): { located?: Located; issues: RepresentationIssue[] } {
  const at = (column: Column, message: string): RepresentationIssue => ({ file: input.file, row: record.row, line: record.line, column, value: raw[column], message });

  const parsed = RepresentationCsvRow.safeParse(toCandidate(raw));
  if (!parsed.success) {
    return { issues: parsed.error.issues.map((problem) => at(columnOfField(problem.path[0]), problem.message)) };
  }
  const data = parsed.data;
  const issues: RepresentationIssue[] = [];
  const institution = input.metadata.institutions.find((candidate) => candidate.id === data.institution);
  const rank = institution?.ranks.find((candidate) => candidate.id === data.rank);
  if (!institution) {
    issues.push(at('institution', `unknown institution; metadata.yaml lists ${input.metadata.institutions.map((known) => known.id).join(', ')}`));
  } else if (!rank) {
    issues.push(at('rank', `unknown rank of ${institution.id}; metadata.yaml lists ${institution.ranks.map((known) => known.id).join(', ')}`));
  } else if (rank.order !== data.rankOrder) {
    issues.push(at('rank_order', `rank "${rank.id}" has order ${rank.order} in metadata.yaml`));
  }
  if (!GROUPS_BY_DIMENSION[data.dimension].includes(data.group)) {
    issues.push(at('group', `not a group of dimension "${data.dimension}"; expected one of ${GROUPS_BY_DIMENSION[data.dimension].join(', ')}`));
  }
  if (!input.publicationIds.has(data.source)) {
    issues.push(at('source', 'unknown source: no publication with this id in data/publications/'));
  }
  if (issues.length > 0 || !rank) return { issues };
  return { located: { record, raw, row: { ...data, rankLabel: rank.label } }, issues };
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}

/**
 * Duplicated rows, breakdowns that do not sum to 100, and ranks sharing an order. Breakdowns with a
 * rejected row are not summed: their sum would be wrong only because of the error already reported.
 */
function checkAcrossRows(file: string, located: readonly Located[], rejectedBreakdowns: ReadonlySet<string>): RepresentationIssue[] {
  const issues: RepresentationIssue[] = [];
  const at = (item: Located, column: Column, value: string, message: string): RepresentationIssue => ({ file, row: item.record.row, line: item.record.line, column, value, message });

  for (const same of groupBy(located, ({ row }) => [row.institution, row.year, row.rank, row.dimension, row.group].join('|')).values()) {
    for (const repeat of same.slice(1)) {
      issues.push(at(repeat, 'group', repeat.raw.group, `repeats row ${same[0]?.record.row ?? '?'} (same institution, year, rank, dimension and group)`));
    }
  }

  for (const [key, breakdown] of groupBy(located, ({ row }) => breakdownKey(row.institution, row.year, row.rank, row.dimension))) {
    const first = breakdown[0];
    if (!first || rejectedBreakdowns.has(key)) continue;
    const sum = breakdown.reduce((total, item) => total + item.row.share, 0);
    if (Math.abs(sum - 100) > SUM_TOLERANCE) {
      const rows = breakdown.map((item) => item.record.row);
      const rowList = `${rows.length === 1 ? 'row' : 'rows'} ${rows.join(', ')}`;
      const total = String(Math.round(sum * 100) / 100);
      const { institution, year, rank, dimension } = first.row;
      issues.push(at(first, 'share', total, `the ${dimension} shares of ${institution} ${year} ${rank} (${rowList}) sum to ${total}; they must sum to 100 ± ${SUM_TOLERANCE}`));
    }
  }

  for (const rows of groupBy(located, ({ row }) => row.institution).values()) {
    const rankOfOrder = new Map<number, string>();
    for (const item of rows) {
      const holder = rankOfOrder.get(item.row.rankOrder);
      if (holder !== undefined && holder !== item.row.rank) {
        issues.push(at(item, 'rank_order', item.raw.rank_order, `order ${item.row.rankOrder} is already used by rank "${holder}"`));
      }
      rankOfOrder.set(item.row.rankOrder, holder ?? item.row.rank);
    }
  }
  return issues;
}

/** Validates a parsed representation CSV; rows are returned only when there is no issue at all. */
export function validateRepresentation(input: RepresentationInput): RepresentationResult {
  const headerIssues = checkHeader(input.file, input.header);
  if (headerIssues.length > 0) return { rows: [], issues: headerIssues };

  const issues: RepresentationIssue[] = [];
  const located: Located[] = [];
  const rejectedBreakdowns = new Set<string>();
  for (const record of input.records) {
    const raw = rawValues(input.header, record);
    if (record.values.length !== input.header.length) {
      issues.push({ file: input.file, row: record.row, line: record.line, column: '*', value: record.values.join(','), message: `has ${record.values.length} fields; the header has ${input.header.length}` });
      rejectedBreakdowns.add(breakdownKey(raw.institution, raw.year, raw.rank, raw.dimension));
      continue;
    }
    const checked = checkRecord(input, record, raw);
    issues.push(...checked.issues);
    if (checked.located) located.push(checked.located);
    else rejectedBreakdowns.add(breakdownKey(raw.institution, raw.year, raw.rank, raw.dimension));
  }
  issues.push(...checkAcrossRows(input.file, located, rejectedBreakdowns));
  issues.sort((a, b) => a.row - b.row);
  return { rows: issues.length > 0 ? [] : located.map(({ row }) => row), issues };
}
