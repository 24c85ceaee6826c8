import { describe, expect, it } from 'vitest';
import { SEARCH_TYPES, searchTypeOf } from '../../../src/lib/search-type.ts';

describe('search content types', () => {
  it('offers publication, indicator, dataset and page', () => {
    expect(SEARCH_TYPES).toEqual(['publication', 'indicator', 'dataset', 'page']);
  });

  it('maps the page types that are content types to themselves and every other page to "page"', () => {
    expect(searchTypeOf('publication')).toBe('publication');
    expect(searchTypeOf('indicator')).toBe('indicator');
    expect(searchTypeOf('dataset')).toBe('dataset');
    for (const other of ['home', 'about', 'publications', 'programme', 'project', 'indicators', 'topic', 'explore']) {
      expect(searchTypeOf(other), other).toBe('page');
    }
  });
});
