import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../scripts/library/csv.ts';

describe('parseCsv', () => {
  it('strips a byte-order mark and reads CRLF line ends', () => {
    const table = parseCsv('\uFEFFa,b\r\n1,2\r\n3,4\r\n', 'x.csv');
    expect(table.header).toEqual(['a', 'b']);
    expect(table.records).toEqual([
      { row: 1, line: 2, values: ['1', '2'] },
      { row: 2, line: 3, values: ['3', '4'] },
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, and keeps line numbers right', () => {
    const table = parseCsv('a,b\n"x, y","say ""hi"""\n"two\nlines",z\nlast,row', 'x.csv');
    expect(table.records).toEqual([
      { row: 1, line: 2, values: ['x, y', 'say "hi"'] },
      { row: 2, line: 3, values: ['two\nlines', 'z'] },
      { row: 3, line: 5, values: ['last', 'row'] },
    ]);
  });

  it('skips blank lines without renumbering the lines after them', () => {
    const table = parseCsv('a\n\n1\n\n2\n', 'x.csv');
    expect(table.records).toEqual([
      { row: 1, line: 3, values: ['1'] },
      { row: 2, line: 5, values: ['2'] },
    ]);
  });

  it('keeps empty fields', () => {
    expect(parseCsv('a,b,c\n1,,3', 'x.csv').records[0]?.values).toEqual(['1', '', '3']);
  });

  it('names the file and line of an unterminated quote', () => {
    expect(() => parseCsv('a\n"open', 'bad.csv')).toThrow('bad.csv: row 2, column "field 1": a quoted field is never closed');
  });

  it('rejects an empty file', () => {
    expect(() => parseCsv('', 'empty.csv')).toThrow('empty.csv: the file is empty');
  });
});
