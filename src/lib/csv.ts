/**
 * The portal's one CSV writer, for every file a reader may open in a spreadsheet: the researcher
 * downloads the pipeline writes (the survey microdata, codebook, representation and published tables),
 * the indicator pages' aggregates, and the explorer's cross-tab and subset exports. RFC 4180 quoting,
 * an optional block of "# " comment lines before the header, LF or CRLF line ends, an optional
 * byte-order mark.
 *
 * Text that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return,
 * as OWASP lists them) is written with a leading apostrophe, so a respondent id "=HYPERLINK(…)" opens as
 * text. Numbers are never touched: -3 stays a number; only strings are defused. A file the pipeline
 * reads back as a source (the import's responses.csv) keeps its text as it is (`formulas: 'keep'`).
 */

export type CsvCell = string | number | bigint | boolean | null | undefined;

export interface CsvOptions {
  /** Comment lines before the header, each written as "# line" (a line break inside starts a new comment). */
  comments?: readonly string[];
  /** Line end; CRLF for the files made for spreadsheets, LF for the data downloads. */
  eol?: '\n' | '\r\n';
  /** A UTF-8 byte-order mark first, so spreadsheet programs detect UTF-8 (ë, ç, š). */
  bom?: boolean;
  /** 'defuse' (the default) for downloads; 'keep' only for sources the pipeline itself reads. */
  formulas?: 'defuse' | 'keep';
}

const FORMULA_START = /^[=+\-@\t\r]/u;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/u;

/** One field: empty for null, numbers in full (non-finite ones empty), text quoted when it must be. */
export function csvField(value: CsvCell, formulas: CsvOptions['formulas'] = 'defuse'): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = String(value);
  const safe = typeof value === 'string' && formulas === 'defuse' && FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

/** Comment lines: each line becomes "# line", an empty one "#"; line breaks inside a line start a new comment. */
export function csvComments(lines: readonly string[]): string[] {
  return lines.flatMap((line) => line.split(/\r?\n|\r/u)).map((line) => (line === '' ? '#' : `# ${line}`));
}

/** Comments, header, then one line per row; ends with a line break. */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>, options: CsvOptions = {}): string {
  const eol = options.eol ?? '\n';
  const line = (cells: readonly CsvCell[]) => cells.map((cell) => csvField(cell, options.formulas)).join(',');
  const lines = [...csvComments(options.comments ?? []), line(header)];
  for (const row of rows) lines.push(line(row));
  return `${options.bom === true ? '\uFEFF' : ''}${lines.join(eol)}${eol}`;
}
