import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../../scripts/library/load-library.ts';
import { NO_PROGRAMME, NO_YEAR, facetsOf, listFacetValues, listStateQuery, matchesListFilters, parseListState } from '../../../src/lib/library/list-filter.ts';
import { PUBLICATION_TYPES } from '../../../src/lib/library/schema.ts';

const library = loadLibrary('data');
const order = { type: PUBLICATION_TYPES, programme: library.programmes.map((programme) => programme.id), language: ['sq', 'en', 'sr'] };
const values = listFacetValues(library.publications, order);
const allowed = { type: new Set(values.type), programme: new Set(values.programme), year: new Set(values.year), language: new Set(values.language) };

describe('publication list filters', () => {
  it('offers the values that occur: years newest first and undated last, publications without a programme under their own value', () => {
    const dated = library.publications.filter((publication) => publication.dateBasis !== 'not-before');
    const years = [...new Set(dated.map((publication) => Number(publication.date.slice(0, 4))))].sort((a, b) => b - a).map(String);
    expect(values.year).toEqual([...years, NO_YEAR]);
    expect(values.programme.at(-1)).toBe(NO_PROGRAMME);
    expect(values.type).toEqual(PUBLICATION_TYPES.filter((type) => library.publications.some((publication) => publication.type === type)));
    expect(values.language).toEqual(['sq', 'en', 'sr']);
  });

  it('keeps the publications that match every chosen filter', () => {
    const reports2022 = library.publications.filter((publication) => publication.type === 'report' && publication.date.startsWith('2022'));
    const kept = library.publications.filter((publication) => matchesListFilters(facetsOf(publication), { type: 'report', year: '2022' }));
    expect(kept.map((publication) => publication.id)).toEqual(reports2022.map((publication) => publication.id));
    const undated = library.publications.filter((publication) => matchesListFilters(facetsOf(publication), { year: NO_YEAR }));
    expect(undated.map((publication) => publication.id)).toEqual(library.publications.filter((publication) => publication.dateBasis === 'not-before').map((publication) => publication.id));
    const centreWide = library.publications.filter((publication) => matchesListFilters(facetsOf(publication), { programme: NO_PROGRAMME }));
    expect(centreWide.map((publication) => publication.id)).toEqual(library.publications.filter((publication) => publication.programme === undefined).map((publication) => publication.id));
  });

  it('reads and writes the state in the query string, dropping values not offered', () => {
    expect(parseListState('?type=report&year=1900&programme=gender-and-security&sort=oldest', allowed)).toEqual({
      filters: { type: 'report', programme: 'gender-and-security' },
      sort: 'oldest',
    });
    expect(parseListState('?sort=sideways', allowed)).toEqual({ filters: {}, sort: 'newest' });
    expect(listStateQuery({ filters: { language: 'en', type: 'report' }, sort: 'newest' })).toBe('?type=report&language=en');
    expect(listStateQuery({ filters: {}, sort: 'newest' })).toBe('');
    expect(listStateQuery({ filters: {}, sort: 'oldest' })).toBe('?sort=oldest');
  });
});
