/**
 * Strict UTF-8 for every text file the pipeline reads (CSV and YAML alike): bytes that are not valid
 * UTF-8 stop the run naming the file and the line, so a file saved as Latin-1 or windows-1250 never
 * reaches the outputs with "�" in place of "ë". A leading byte-order mark is dropped.
 */
import { DataError } from './data-error.ts';

const BOM = 0xfeff;
const LF = 0x0a;

/** The 1-based line holding the first byte sequence that is not valid UTF-8. */
function lineOfInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  while (start <= bytes.length) {
    let end = bytes.indexOf(LF, start);
    if (end === -1) end = bytes.length;
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    line += 1;
    start = end + 1;
  }
  return line;
}

/** Decodes UTF-8 strictly and drops a leading byte-order mark; `rowKind` names the line as CSV (row) or YAML (line) messages do. */
export function decodeUtf8(bytes: Uint8Array, file: string, rowKind: 'row' | 'line' = 'row'): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new DataError({ file, row: lineOfInvalidUtf8(bytes), rowKind }, 'the file is not valid UTF-8; save it as UTF-8');
  }
  return text.charCodeAt(0) === BOM ? text.slice(1) : text;
}
