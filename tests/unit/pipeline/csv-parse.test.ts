import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../scripts/lib/csv-parse.ts';
import { decodeUtf8 } from '../../../scripts/lib/utf8.ts';
import { toCsv } from '../../../src/lib/csv.ts';
import { expectDataError } from './helpers.ts';

const FILE = 'test.csv';
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('RFC 4180 CSV parser', () => {
  it('splits fields and records, LF and CRLF alike, without an empty last record', () => {
    expect(parseCsv('a,b\n1,2\n', FILE)).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
    ]);
    expect(parseCsv('a,b\r\n1,2\r\n', FILE)).toEqual(parseCsv('a,b\n1,2\n', FILE));
    expect(parseCsv('a,b\r\n1,2', FILE)).toEqual(parseCsv('a,b\n1,2\n', FILE));
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, and counts lines across them', () => {
    const records = parseCsv('id,note\n"x,1","say ""hi""\nsecond line"\n"",last\n', FILE);
    expect(records).toEqual([
      { line: 1, fields: ['id', 'note'] },
      { line: 2, fields: ['x,1', 'say "hi"\nsecond line'] },
      { line: 4, fields: ['', 'last'] },
    ]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(parseCsv('a,,c,\n', FILE)).toEqual([{ line: 1, fields: ['a', '', 'c', ''] }]);
  });

  it('round-trips what the CSV writer writes', () => {
    const rows = [['1', 'plain'], ['2', 'with, comma'], ['3', 'with "quote"'], ['4', 'two\nlines']];
    const parsed = parseCsv(toCsv(['id', 'text'], rows), FILE).map((record) => record.fields);
    expect(parsed).toEqual([['id', 'text'], ...rows]);
  });

  it('rejects an unterminated quoted field, naming the line where it opens', async () => {
    await expectDataError(() => parseCsv('a,b\n1,"open\n2,3\n', FILE), { file: FILE, row: 2, column: 'field 2', reason: 'never closed' });
  });

  it('rejects text after a closing quote and a quote inside an unquoted field', async () => {
    await expectDataError(() => parseCsv('a,b\n"x"y,2\n', FILE), { file: FILE, row: 2, column: 'field 1', value: 'x' });
    await expectDataError(() => parseCsv('a,b\n1,x"y\n', FILE), { file: FILE, row: 2, column: 'field 2', value: 'x"' });
  });
});

describe('UTF-8 decoding', () => {
  it('drops a byte-order mark and keeps letters with diacritics', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encode('id,emri\n1,Kënaqësi\n')]);
    expect(decodeUtf8(bytes, FILE)).toBe('id,emri\n1,Kënaqësi\n');
  });

  it('rejects invalid UTF-8 and names the line with the bad bytes', async () => {
    const bytes = new Uint8Array([...encode('a,b\n1,2\n3,'), 0xff, 0xfe, ...encode('\n')]);
    await expectDataError(() => decodeUtf8(bytes, FILE), { file: FILE, row: 3, reason: 'not valid UTF-8' });
  });
});
