import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, hasSearch, parseSearchState, searchStateQuery } from '../../../src/client/search/url-state.ts';

const allowed = {
  type: new Set(['publication', 'indicator', 'dataset', 'page']),
  programme: new Set(['gender-and-security', 'good-governance']),
  year: new Set(['2022', '2023']),
};

describe('search URL state', () => {
  it('reads the query and the offered filter values', () => {
    expect(parseSearchState('?q=siguria%20n%C3%AB%20Kosov%C3%AB&type=publication&year=2023', allowed)).toEqual({
      query: 'siguria në Kosovë',
      filters: { type: 'publication', year: '2023' },
    });
  });

  it('drops values the page does not offer and tidies the spaces of the query', () => {
    expect(parseSearchState('?q=++police+++trust+&type=video&programme=nope&year=1999', allowed)).toEqual({ query: 'police trust', filters: {} });
  });

  it('cuts very long queries', () => {
    const state = parseSearchState(`?q=${'a'.repeat(MAX_QUERY_LENGTH + 50)}`, allowed);
    expect(state.query).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('writes the state back in a fixed order, and nothing for an empty state', () => {
    expect(searchStateQuery({ query: 'bezbednost', filters: { year: '2022', type: 'page' } })).toBe('?q=bezbednost&type=page&year=2022');
    expect(searchStateQuery({ query: '', filters: {} })).toBe('');
  });

  it('round-trips', () => {
    const state = { query: 'sigurisë & besimi', filters: { programme: 'good-governance' } };
    expect(parseSearchState(searchStateQuery(state), allowed)).toEqual(state);
  });

  it('has something to search for when there are words or filters', () => {
    expect(hasSearch({ query: '', filters: {} })).toBe(false);
    expect(hasSearch({ query: '', filters: { year: '2022' } })).toBe(true);
    expect(hasSearch({ query: 'x', filters: {} })).toBe(true);
  });
});
