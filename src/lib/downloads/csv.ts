/** RFC 4180 CSV writing for the download files: fields quoted only when they must be, LF line ends. */

export type CsvCell = string | number | boolean | null;

export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** Header line, then one line per row; ends with a line break. */
export function toCsvText(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return `${lines.join('\n')}\n`;
}
