import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/representation/issues.ts';
import type { RepresentationMetadata } from '../../../src/lib/representation/schema.ts';
import { validateRepresentation } from '../../../src/lib/representation/validate.ts';
import type { CsvRecord } from '../../../src/lib/representation/validate.ts';

const label = (en: string) => ({ sq: en, en, sr: en });
const metadata: RepresentationMetadata = {
  title: label('t'),
  description: label('d'),
  covers: label('c'),
  doesNotCover: label('n'),
  licence: label('l'),
  sources: [{ source: 'report', figure: 'Figure 1', note: label('x') }],
  institutions: [
    {
      id: 'force',
      name: label('Force'),
      shortName: label('F'),
      ranks: [
        { id: 'high', order: 1, label: label('High') },
        { id: 'low', order: 2, label: label('Low') },
      ],
    },
  ],
};
const HEADER = ['institution', 'year', 'rank', 'rank_order', 'dimension', 'group', 'share', 'count', 'source', 'figure'];

function records(lines: string[]): CsvRecord[] {
  return lines.map((line, index) => ({ row: index + 1, line: index + 2, values: line.split(',') }));
}

function check(lines: string[], header: string[] = HEADER) {
  const result = validateRepresentation({ file: 't.csv', header, records: records(lines), metadata, publicationIds: new Set(['report']) });
  return { rows: result.rows, messages: result.issues.map(formatIssue) };
}

describe('validateRepresentation', () => {
  it('accepts a clean table and joins rank labels', () => {
    const { rows, messages } = check(['force,2023,high,1,gender,women,40,4,report,Figure 1', 'force,2023,high,1,gender,men,60,6,report,Figure 1']);
    expect(messages).toEqual([]);
    expect(rows.map((row) => [row.group, row.share, row.count, row.rankLabel.en])).toEqual([
      ['women', 40, 4, 'High'],
      ['men', 60, 6, 'High'],
    ]);
  });

  it('allows rounded shares within 1 point of 100 and rejects a larger gap', () => {
    // 33.4 + 66.3 = 99.7 is within ±1; 33 + 65.9 = 98.9 is not.
    expect(check(['force,2023,high,1,gender,women,33.4,,report,F1', 'force,2023,high,1,gender,men,66.3,,report,F1']).messages).toEqual([]);
    expect(check(['force,2023,high,1,gender,women,33,,report,F1', 'force,2023,high,1,gender,men,65.9,,report,F1']).messages).toEqual([
      't.csv: row 1 (line 2), column "share", value "98.9": the gender shares of force 2023 high (rows 1, 2) sum to 98.9; they must sum to 100 ± 1',
    ]);
  });

  it('rejects a rank order that disagrees with the metadata', () => {
    expect(check(['force,2023,low,1,gender,women,50,,report,F1', 'force,2023,low,1,gender,men,50,,report,F1']).messages[0]).toBe(
      't.csv: row 1 (line 2), column "rank_order", value "1": rank "low" has order 2 in metadata.yaml',
    );
  });

  it('rejects unknown institutions and ranks, and groups of the wrong dimension', () => {
    const { messages } = check(['army,2023,high,1,gender,women,50,,report,F1', 'force,2023,middle,2,gender,women,50,,report,F1', 'force,2023,high,1,gender,serb,100,,report,F1']);
    expect(messages).toEqual([
      't.csv: row 1 (line 2), column "institution", value "army": unknown institution; metadata.yaml lists force',
      't.csv: row 2 (line 3), column "rank", value "middle": unknown rank of force; metadata.yaml lists high, low',
      't.csv: row 3 (line 4), column "group", value "serb": not a group of dimension "gender"; expected one of women, men',
    ]);
  });

  it('rejects a repeated row', () => {
    const { messages } = check(['force,2023,high,1,gender,women,50,,report,F1', 'force,2023,high,1,gender,women,50,,report,F1']);
    expect(messages).toContain('t.csv: row 2 (line 3), column "group", value "women": repeats row 1 (same institution, year, rank, dimension and group)');
  });

  it('rejects a negative or fractional head count and a row with a missing field', () => {
    expect(check(['force,2023,high,1,gender,women,50,-3,report,F1']).messages[0]).toBe('t.csv: row 1 (line 2), column "count", value "-3": must be at least 0');
    expect(check(['force,2023,high,1,gender,women,50,2.5,report,F1']).messages[0]).toBe('t.csv: row 1 (line 2), column "count", value "2.5": must be a whole number');
    expect(check(['force,2023,high,1,gender,women,50,,report']).messages[0]).toContain('row 1 (line 2), column "*"');
  });

  it('rejects a header with a missing or unknown column', () => {
    const header = HEADER.filter((column) => column !== 'figure').concat('note');
    expect(check([], header).messages).toEqual([
      't.csv: header, column "note", value "note": unknown column; expected institution, year, rank, rank_order, dimension, group, share, count, source, figure, page',
      't.csv: header, column "figure", value "": column is missing',
    ]);
  });
});
