/** Writes RFC 4180 CSV: fields quoted only when they must be, records ended by LF. */

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One line per row, the header first; ends with a line break. */
export function toCsv(header: readonly string[], rows: Iterable<readonly string[]>): string {
  const lines: string[] = [header.map(csvField).join(',')];
  for (const row of rows) lines.push(row.map(csvField).join(','));
  return `${lines.join('\n')}\n`;
}
