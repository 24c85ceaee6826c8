/**
 * Reads the representation tables' CSV through the pipeline's one CSV parser (scripts/lib/csv-parse.ts:
 * RFC 4180, BOM dropped, strict UTF-8), and numbers the data rows 1, 2, … after the header, skipping
 * blank lines, with the file line each record starts on.
 */
import { readFileSync } from 'node:fs';
import { parseCsv as parseRecords } from '../lib/csv-parse.ts';
import { decodeUtf8 } from '../lib/utf8.ts';
import { DataError } from '../lib/data-error.ts';
import type { CsvRecord } from '../../src/lib/representation/validate.ts';

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
}

/** Parses CSV text (a leading BOM is dropped). `file` is used in error messages only. */
export function parseCsv(text: string, file: string): CsvTable {
  const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const nonBlank = parseRecords(withoutBom, file).filter((record) => !(record.fields.length === 1 && record.fields[0] === ''));
  const [headerRecord, ...dataRecords] = nonBlank;
  if (!headerRecord) throw new DataError({ file }, 'the file is empty; expected a header row');
  return {
    header: headerRecord.fields.map((name) => name.trim()),
    records: dataRecords.map((record, index) => ({ row: index + 1, line: record.line, values: record.fields })),
  };
}

/** Reads and parses a CSV file, which must be UTF-8. */
export function readCsv(file: string): CsvTable {
  return parseCsv(decodeUtf8(readFileSync(file), file), file);
}
