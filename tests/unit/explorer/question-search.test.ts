import { describe, expect, it } from 'vitest';
import { foldText, questionMatcher, questionSearchText } from '../../../src/lib/explorer/question-search.ts';

const police = questionSearchText({ short: 'Besimi te policia', wording: 'Sa i besoni Policisë së Kosovës?', wordingByCountry: { RS: 'Koliko verujete Policiji Srbije?' } });

describe('question search', () => {
  it('folds case and diacritics', () => {
    expect(foldText('Sigurisë Đorđe Država')).toBe('sigurise djordje drzava');
  });

  it('matches words at the start of words, all of them', () => {
    expect(questionMatcher('polic')(police)).toBe(true);
    expect(questionMatcher('policise kosoves')(police)).toBe(true);
    expect(questionMatcher('POLICISË')(police)).toBe(true);
    expect(questionMatcher('olici')(police)).toBe(false);
    expect(questionMatcher('policia ushtria')(police)).toBe(false);
  });

  it('searches country-specific wordings too, and an empty query matches all', () => {
    expect(questionMatcher('srbije')(police)).toBe(true);
    expect(questionMatcher('   ')(police)).toBe(true);
  });
});
