/**
 * A small RFC 4180 CSV reader: comma-separated, double-quoted fields with "" escapes and line breaks
 * inside quotes, LF or CRLF line ends, an optional UTF-8 byte-order mark (spreadsheet programs add one).
 * Blank lines are skipped; rows are numbered 1, 2, … after the header, with the line each starts on.
 */
import { readFileSync } from 'node:fs';
import type { CsvRecord } from '../../src/lib/representation/validate.ts';

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
}

interface RawRecord {
  line: number;
  values: string[];
}

/** Splits CSV text into records; throws on an unterminated quote or text after a closing quote. */
function splitRecords(text: string, file: string): RawRecord[] {
  const records: RawRecord[] = [];
  let values: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let index = 0;
  const endField = (): void => {
    values.push(field);
    field = '';
  };
  const endRecord = (): void => {
    endField();
    if (!(values.length === 1 && values[0] === '')) records.push({ line: recordLine, values });
    values = [];
  };
  while (index < text.length) {
    const char = text[index];
    if (char === '"' && field === '') {
      const start = line;
      index += 1;
      for (;;) {
        if (index >= text.length) throw new Error(`${file}: line ${start}: a quoted field is never closed`);
        const inner = text[index];
        if (inner === '"' && text[index + 1] === '"') {
          field += '"';
          index += 2;
        } else if (inner === '"') {
          index += 1;
          break;
        } else {
          if (inner === '\n') line += 1;
          field += inner;
          index += 1;
        }
      }
      const next = text[index];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        throw new Error(`${file}: line ${line}: unexpected text after a closing quote, value "${field}"`);
      }
    } else if (char === ',') {
      endField();
      index += 1;
    } else if (char === '\n' || char === '\r') {
      endRecord();
      index += char === '\r' && text[index + 1] === '\n' ? 2 : 1;
      line += 1;
      recordLine = line;
    } else {
      field += char;
      index += 1;
    }
  }
  if (field !== '' || values.length > 0) endRecord();
  return records;
}

/** Parses CSV text. `file` is used in error messages only. */
export function parseCsv(text: string, file: string): CsvTable {
  const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const [headerRecord, ...dataRecords] = splitRecords(withoutBom, file);
  if (!headerRecord) throw new Error(`${file}: the file is empty; expected a header row`);
  return {
    header: headerRecord.values.map((name) => name.trim()),
    records: dataRecords.map((record, index) => ({ row: index + 1, line: record.line, values: record.values })),
  };
}

/** Reads and parses a CSV file (UTF-8). */
export function readCsv(file: string): CsvTable {
  return parseCsv(readFileSync(file, 'utf8'), file);
}
