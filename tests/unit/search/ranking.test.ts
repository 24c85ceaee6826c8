import { describe, expect, it } from 'vitest';
import { rankingFor } from '../../../src/client/search/pagefind-api.ts';

describe('search ranking per language', () => {
  it('favours exact words in English only', () => {
    expect(rankingFor('en')).toEqual({ termSimilarity: 6 });
    expect(rankingFor('sr-Latn')).toEqual({});
    expect(rankingFor('sq')).toEqual({});
  });
});
