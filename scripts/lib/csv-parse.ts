/**
 * A small RFC 4180 CSV reader: comma-separated fields, double-quoted fields (which may hold commas,
 * quotes written as "" and line breaks), records ended by CRLF or LF. It reads text: decode the file's
 * bytes with utf8.ts first, which rejects a file saved in the wrong encoding.
 */
import { DataError } from './data-error.ts';

/** One CSV record and the 1-based line of the file it starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;

/**
 * Splits CSV text into records. A final line break does not start an empty record. Raises a DataError
 * for an unterminated quoted field or text after a closing quote.
 */
export function parseCsv(text: string, file: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const length = text.length;
  // Whether the current record has consumed anything yet (so a lone "" at the very end still counts).
  let recordHasContent = false;

  const endRecord = (): void => {
    fields.push(field);
    records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    recordHasContent = false;
  };

  while (i < length) {
    const char = text.charCodeAt(i);
    if (char === QUOTE && field === '') {
      // A quoted field: read up to the closing quote, turning "" into ".
      const openedOn = line;
      let chunkStart = i + 1;
      i += 1;
      let closed = false;
      while (i < length) {
        const inner = text.charCodeAt(i);
        if (inner === QUOTE) {
          if (text.charCodeAt(i + 1) === QUOTE) {
            field += text.slice(chunkStart, i + 1);
            i += 2;
            chunkStart = i;
            continue;
          }
          field += text.slice(chunkStart, i);
          i += 1;
          closed = true;
          break;
        }
        if (inner === LF) line += 1;
        i += 1;
      }
      if (!closed) {
        throw new DataError({ file, row: openedOn, column: `field ${fields.length + 1}` }, 'a quoted field is never closed (missing ")');
      }
      const next = text.charCodeAt(i);
      const atRecordEnd = i >= length || next === COMMA || next === LF || (next === CR && text.charCodeAt(i + 1) === LF);
      if (!atRecordEnd) {
        throw new DataError(
          { file, row: line, column: `field ${fields.length + 1}`, value: field },
          'unexpected text after a closing quote; quotes inside a quoted field must be doubled ("")',
        );
      }
      recordHasContent = true;
      continue;
    }
    if (char === COMMA) {
      recordHasContent = true;
      fields.push(field);
      field = '';
      i += 1;
      continue;
    }
    if (char === LF || (char === CR && text.charCodeAt(i + 1) === LF)) {
      endRecord();
      i += char === CR ? 2 : 1;
      line += 1;
      recordLine = line;
      continue;
    }
    if (char === QUOTE) {
      throw new DataError(
        { file, row: line, column: `field ${fields.length + 1}`, value: field + '"' },
        'a quote inside an unquoted field; put the whole field in quotes and double the inner quote ("")',
      );
    }
    // Plain text up to the next special character, copied in one slice for speed.
    let end = i + 1;
    while (end < length) {
      const c = text.charCodeAt(end);
      if (c === COMMA || c === LF || c === CR || c === QUOTE) break;
      end += 1;
    }
    if (end < length && text.charCodeAt(end) === CR && text.charCodeAt(end + 1) !== LF) end += 1;
    field += text.slice(i, end);
    recordHasContent = true;
    i = end;
  }
  // The last record, unless the text ended with a line break.
  if (recordHasContent) endRecord();
  return records;
}
