/**
 * The one error type for bad input data. Its message always names the file, and where they apply the
 * row (CSV line) or line (YAML), the column (CSV header or YAML field path) and the offending value,
 * so whoever fixes the file can go straight to the spot.
 */

/** Where in an input file the problem is. */
export interface DataErrorLocation {
  /** The file, as shown to the user (relative to the working directory when inside it). */
  file: string;
  /** 1-based line number of the CSV record or YAML node. */
  row?: number;
  /** Whether `row` counts CSV records ('row') or YAML source lines ('line'). */
  rowKind?: 'row' | 'line';
  /** CSV column name or YAML field path such as `questions[2].scale`. */
  column?: string;
  /** The offending value; `undefined` with `column` set means the value is missing. */
  value?: string | undefined;
}

const MAX_VALUE_CHARS = 80;

function showValue(value: string): string {
  const shown = value.length > MAX_VALUE_CHARS ? `${value.slice(0, MAX_VALUE_CHARS)}…` : value;
  return JSON.stringify(shown);
}

/** `file: row 12, column "trust_police", value "7": reason` */
export function formatDataError(location: DataErrorLocation, reason: string): string {
  const parts: string[] = [];
  if (location.row !== undefined) parts.push(`${location.rowKind ?? 'row'} ${location.row}`);
  if (location.column !== undefined) parts.push(`column ${JSON.stringify(location.column)}`);
  if ('value' in location) parts.push(location.value === undefined ? 'value (missing)' : `value ${showValue(location.value)}`);
  const where = parts.length > 0 ? `${location.file}: ${parts.join(', ')}` : location.file;
  return `${where}: ${reason}`;
}

export class DataError extends Error {
  readonly file: string;
  readonly row: number | undefined;
  readonly column: string | undefined;
  readonly value: string | undefined;
  readonly reason: string;

  constructor(location: DataErrorLocation, reason: string) {
    super(formatDataError(location, reason));
    this.name = 'DataError';
    this.file = location.file;
    this.row = location.row;
    this.column = location.column;
    this.value = location.value;
    this.reason = reason;
  }
}

export function isDataError(error: unknown): error is DataError {
  return error instanceof DataError;
}
