/**
 * The figures validation on its own (no files): the row checks that the fixtures do not cover, with a
 * one-institution vocabulary and no rank table.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/representation/issues.ts';
import type { FigureVocabulary } from '../../../src/lib/representation/figure-schema.ts';
import type { RepresentationMetadata } from '../../../src/lib/representation/schema.ts';
import { FIGURE_COLUMN_FIELDS, validateFigures } from '../../../src/lib/representation/figure-validate.ts';

const label = (en: string) => ({ sq: en, en, sr: en });
const vocabulary: FigureVocabulary = {
  institutions: [{ id: 'kp', name: label('Police'), shortName: label('P') }],
  groups: [{ id: 'women', label: label('Women'), chart: true }],
  levels: [{ id: 'all', label: label('All staff'), staff: true }],
  conflicts: [],
};
const metadata = { institutions: [] } as unknown as RepresentationMetadata;
const HEADER = Object.keys(FIGURE_COLUMN_FIELDS);
const BASE: Record<string, string> = {
  figure_id: 'B01-1', source_row: 'B01', institution: 'kp', group: 'women', measure: 'staff', level: 'all', value: '15', qualifier: '', value_text: '15%',
  unit: 'percent', year: '2020', year_status: 'stated', year_note: '', publisher: 'KCSS', attribution: '', source_url: 'https://example.org/a', publication: '', flags: '', conflict_group: '', note: '',
};

function check(...rows: Record<string, string>[]) {
  const records = rows.map((row, index) => ({ row: index + 1, line: index + 2, values: HEADER.map((column) => ({ ...BASE, ...row })[column] ?? '') }));
  const result = validateFigures({ file: 'f.csv', header: HEADER, records, vocabulary, metadata, rankRows: [], publicationIds: new Set(['report']) });
  return { figures: result.figures, messages: result.issues.map(formatIssue) };
}

describe('validateFigures', () => {
  it('accepts a clean row', () => {
    expect(check({}).messages).toEqual([]);
    expect(check({}).figures[0]).toMatchObject({ figureId: 'B01-1', value: 15, unit: 'percent', flags: [], decimals: 0 });
  });

  it('rejects a percentage over 100 and a fractional head count', () => {
    expect(check({ value: '130' }).messages).toEqual(['f.csv: row 1 (line 2), column "value", value "130": must be at most 100 for a percentage']);
    expect(check({ value: '2.5', unit: 'count' }).messages).toEqual(['f.csv: row 1 (line 2), column "value", value "2.5": must be a whole number for a count']);
  });

  it('rejects thousands separators and an empty value', () => {
    expect(check({ value: '8,600', unit: 'count' }).messages[0]).toContain('without thousands separators');
    expect(check({ value: '' }).messages[0]).toContain('column "value", value "": must not be empty');
  });

  it('rejects a qualifier that is not in the list, and says which flag is unknown', () => {
    expect(check({ qualifier: 'roughly' }).messages[0]).toContain('column "qualifier", value "roughly"');
    expect(check({ flags: 'uncertain;maybe' }).messages[0]).toContain('(flag "maybe")');
  });

  it('asks for a note when the year is approximate, inferred or missing', () => {
    expect(check({ year_status: 'approximate' }).messages).toEqual(['f.csv: row 1 (line 2), column "year_note", value "": must say why, when year_status is approximate']);
    expect(check({ year: '', year_status: 'stated' }).messages[0]).toContain('must not be empty when year_status is stated');
  });

  it('rejects a source row that is not the figure id\'s, an unknown level and an unknown publication', () => {
    expect(check({ source_row: 'B02' }).messages[0]).toContain('column "source_row", value "B02": must be B01');
    expect(check({ level: 'cadets' }).messages[0]).toContain('unknown level; vocabulary.yaml lists all');
    expect(check({ source_url: '', publication: 'missing-report' }).messages[0]).toContain('unknown publication');
    expect(check({ source_url: 'ftp://example.org/x' }).messages[0]).toContain('must be an http(s) URL');
  });

  it('rejects a repeated id and figures of one row with different sources', () => {
    expect(check({}, {}).messages).toContain('f.csv: row 2 (line 3), column "figure_id", value "B01-1": repeats row 1');
    expect(check({}, { figure_id: 'B01-2', source_url: 'https://example.org/b' }).messages[0]).toContain('differs from row 1: the figures of one research row share its source');
  });

  it('rejects a header without a column', () => {
    const result = validateFigures({ file: 'f.csv', header: HEADER.filter((column) => column !== 'qualifier'), records: [], vocabulary, metadata, rankRows: [], publicationIds: new Set() });
    expect(result.issues.map(formatIssue)).toEqual(['f.csv: header, column "qualifier", value "": column is missing']);
  });
});
