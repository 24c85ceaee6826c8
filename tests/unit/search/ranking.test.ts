import { describe, expect, it } from 'vitest';
import { rankingFor } from '../../../src/client/search/pagefind-api.ts';

describe('search ranking per language', () => {
  it('favours exact words in English only, and does not let a short one-country page outrank the same words on a longer one', () => {
    expect(rankingFor('en')).toEqual({ termSimilarity: 6, pageLength: 0.2 });
    expect(rankingFor('sr-Latn')).toEqual({});
    expect(rankingFor('sq')).toEqual({});
  });
});
