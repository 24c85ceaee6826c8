/**
 * A small CSV writer for downloads: an optional block of "# " comment lines (metadata a reader sees
 * before the data), then a header row and the data rows, RFC 4180 quoting, CRLF line ends.
 */

export type CsvValue = string | number | null;

/** Quotes a field when it holds a comma, a quote, a line break or leading/trailing space. */
export function csvField(value: CsvValue): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Comment lines: each metadata line becomes "# line"; line breaks inside a line start a new comment. */
export function csvComments(lines: readonly string[]): string[] {
  return lines.flatMap((line) => line.split(/\r?\n/)).map((line) => (line === '' ? '#' : `# ${line}`));
}

export function toCsv(metadata: readonly string[], header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [
    ...csvComments(metadata),
    header.map(csvField).join(','),
    ...rows.map((row) => row.map(csvField).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
