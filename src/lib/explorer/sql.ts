/**
 * The explorer's one SQL builder. From an ExplorerState and the codebook it writes the GROUP BY that
 * gives the sufficient statistics of every cross-tab cell (n, Σw, Σw²), from which the statistics
 * library computes shares, intervals and tests. The browser (DuckDB-WASM), the Node reference of the
 * tests and the "copy SQL" text all come from here.
 *
 * Identifiers come only from the codebook (see sql-identifiers.ts). Values are bound: the builder
 * writes `?` and returns the parameters in order; the same text with literals inlined (for copying)
 * comes from the same code with a binder that prints the numbers instead.
 */
import type { ExplorerState, StateVocabulary } from './state.ts';
import { codesOf, column, MISSING_ANSWER_CODES, quoteIdentifier, SqlBuildError, variableKind } from './sql-identifiers.ts';
import { WEIGHT_COLUMN } from '../survey/columns.ts';
import { MISSING, NON_ANSWER_CODES } from '../codebook/schema.ts';
import { GROUP_ROW, measureCodes, REST_ROW } from './measure.ts';

/** Where the rows come from: a table (DuckDB-WASM, tests) or a Parquet file (the copy-SQL text). */
export type SqlSource = { table: string } | { parquetFile: string };

/** The one column of a cross-tab without a breakdown. */
export const TOTAL_COLUMN = 'total';
/** The table the explorer keeps in DuckDB-WASM, named after the dataset. */
export const EXPLORER_TABLE = 'wbsb';
/** The file name the copy-SQL text reads (the dataset page offers it for download). */
export const PARQUET_FILE_NAME = 'wbsb.parquet';

/** Prints a value into the SQL: as a `?` placeholder (recording the value) or as a literal. */
export interface Binder {
  values(codes: readonly number[]): string;
}

export function placeholderBinder(params: number[]): Binder {
  return {
    values(codes) {
      params.push(...codes);
      return codes.map(() => '?').join(', ');
    },
  };
}

export const literalBinder: Binder = {
  values(codes) {
    for (const code of codes) if (!Number.isSafeInteger(code)) throw new SqlBuildError(`Not an integer code: ${String(code)}`);
    return codes.join(', ');
  },
};

export function sourceSql(source: SqlSource): string {
  if ('table' in source) return quoteIdentifier(source.table);
  if (/[\u0000-\u001f]/.test(source.parquetFile)) throw new SqlBuildError('Control characters in a file name');
  return `read_parquet('${source.parquetFile.replaceAll("'", "''")}')`;
}

/** A parameterised statement: `sql` has exactly `params.length` placeholders, in order. */
export interface SqlStatement {
  sql: string;
  params: number[];
}

/** What a cross-tab query computes and how its result becomes a table. */
export interface CrosstabQuery extends SqlStatement {
  /** Data columns the query reads (what the browser must have loaded). */
  columns: string[];
  /** Table rows: answer codes in display order (valid answers, then 98 and 99 when included). */
  rows: number[];
  /** Table columns in display order; those without respondents are left out of the result. */
  cols: string[];
  weighted: boolean;
}

/** The breakdown's column expression, or undefined for no breakdown. */
function breakdownColumn(state: ExplorerState, vocabulary: StateVocabulary): string | undefined {
  if (state.breakdown === 'none') return undefined;
  if (state.breakdown === state.question) throw new SqlBuildError('A question cannot be broken down by itself');
  return column(vocabulary, state.breakdown);
}

function filterIds(state: ExplorerState, vocabulary: StateVocabulary): string[] {
  const ids = Object.keys(state.filters).sort();
  for (const id of ids) {
    if (variableKind(vocabulary, id) !== 'demographic') throw new SqlBuildError(`Filters apply to demographics only, not ${JSON.stringify(id)}`);
  }
  return ids.filter((id) => (state.filters[id]?.length ?? 0) > 0);
}

/** WHERE conditions for the state's filters (every value bound). */
function filterConditions(state: ExplorerState, vocabulary: StateVocabulary, binder: Binder): string[] {
  return filterIds(state, vocabulary).map((id) => `${column(vocabulary, id)} IN (${binder.values(state.filters[id] ?? [])})`);
}

/** The answer codes excluded from the table: all missing codes, or only "not asked" when DK/refused are included. */
export function excludedAnswerCodes(includeMissing: boolean): number[] {
  return includeMissing ? [MISSING.notAsked] : [...MISSING_ANSWER_CODES];
}

/** The measure's codes for the state's question (null: every answer on its own row). */
export function groupCodes(state: ExplorerState, vocabulary: StateVocabulary): number[] | null {
  const question = vocabulary.questions.find((q) => q.id === state.question);
  return question ? measureCodes(state.measure, question) : null;
}

/**
 * The cells query: one row per (answer, group) with n, sum_w and sum_w2. With an answer group, the
 * answer column is 1 for the group's codes and 0 for every other answer in the table, so the shown SQL
 * itself gives the group's share (and its interval in the copy-SQL text).
 */
export function crosstabCellsSql(state: ExplorerState, vocabulary: StateVocabulary, source: SqlSource, binder: Binder): string {
  if (variableKind(vocabulary, state.question) !== 'question') throw new SqlBuildError(`The codebook has no question ${JSON.stringify(state.question)}`);
  const code = column(vocabulary, state.question);
  const codes = groupCodes(state, vocabulary);
  // Bound first: its placeholders come first in the text.
  const answer = codes ? `CASE WHEN ${code} IN (${binder.values(codes)}) THEN ${GROUP_ROW} ELSE ${REST_ROW} END` : code;
  const group = breakdownColumn(state, vocabulary);
  const weight = column(vocabulary, WEIGHT_COLUMN);
  const sums = state.weighted
    ? [`sum(${weight}) AS sum_w`, `sum(${weight} * ${weight}) AS sum_w2`]
    : ['CAST(count(*) AS DOUBLE) AS sum_w', 'CAST(count(*) AS DOUBLE) AS sum_w2'];
  const conditions = [
    `${code} NOT IN (${binder.values(excludedAnswerCodes(state.includeMissing))})`,
    ...(group ? [`${group} NOT IN (${binder.values(MISSING_ANSWER_CODES)})`] : []),
    ...filterConditions(state, vocabulary, binder),
  ];
  return [
    'SELECT',
    `  ${answer} AS answer,`,
    `  ${group ?? `'${TOTAL_COLUMN}'`} AS grp,`,
    '  CAST(count(*) AS INTEGER) AS n,',
    `  ${sums.join(',\n  ')}`,
    `FROM ${sourceSql(source)}`,
    `WHERE ${conditions.join('\n  AND ')}`,
    'GROUP BY ALL',
    'ORDER BY 1, 2',
  ].join('\n');
}

/** The data columns a state needs: question, breakdown, filter variables and (if weighted) the weight. */
export function columnsNeeded(state: ExplorerState, vocabulary: StateVocabulary): string[] {
  const needed = [state.question];
  if (state.breakdown !== 'none') needed.push(state.breakdown);
  needed.push(...filterIds(state, vocabulary));
  if (state.weighted) needed.push(WEIGHT_COLUMN);
  return [...new Set(needed)];
}

/** The parameterised cross-tab query and what is needed to turn its rows into a CrosstabResult. */
export function buildCrosstabQuery(state: ExplorerState, vocabulary: StateVocabulary, source: SqlSource = { table: EXPLORER_TABLE }): CrosstabQuery {
  const params: number[] = [];
  const sql = crosstabCellsSql(state, vocabulary, source, placeholderBinder(params));
  const missingRows = state.includeMissing ? NON_ANSWER_CODES : [];
  return {
    sql,
    params,
    columns: columnsNeeded(state, vocabulary),
    rows: groupCodes(state, vocabulary) ? [GROUP_ROW, REST_ROW] : [...codesOf(vocabulary, state.question), ...missingRows],
    cols: state.breakdown === 'none' ? [TOTAL_COLUMN] : codesOf(vocabulary, state.breakdown).map(String),
    weighted: state.weighted,
  };
}

/** Respondent rows under the state's filters, with the chosen variables (for the subset download). */
export function buildSubsetQuery(
  state: ExplorerState,
  variables: readonly string[],
  vocabulary: StateVocabulary,
  source: SqlSource = { table: EXPLORER_TABLE },
): SqlStatement & { columns: string[] } {
  if (variables.length === 0) throw new SqlBuildError('A subset needs at least one variable');
  const chosen = [...new Set(variables)];
  const params: number[] = [];
  const conditions = filterConditions(state, vocabulary, placeholderBinder(params));
  const sql = [
    `SELECT ${chosen.map((id) => column(vocabulary, id)).join(', ')}`,
    `FROM ${sourceSql(source)}`,
    ...(conditions.length > 0 ? [`WHERE ${conditions.join('\n  AND ')}`] : []),
  ].join('\n');
  return { sql, params, columns: [...new Set([...chosen, ...filterIds(state, vocabulary)])] };
}
