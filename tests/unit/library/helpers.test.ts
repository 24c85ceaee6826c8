import { describe, expect, it } from 'vitest';
import { comparePartialDates, isPartialDate, yearOf } from '../../../src/lib/library/dates.ts';
import { unknownIndicators, sortNewestFirst } from '../../../src/lib/library/helpers.ts';
import { isValidIsbn } from '../../../src/lib/library/isbn.ts';
import type { Publication } from '../../../src/lib/library/schema.ts';
import { wordCount } from '../../../src/lib/library/words.ts';

describe('isValidIsbn', () => {
  it('accepts the KSF report ISBN: 9+21+8+27+9+15+1+24+4+6+1+6 = 131, check digit (10 − 1) = 9', () => {
    expect(isValidIsbn('978-9951-842-12-9')).toBe(true);
  });
  it('rejects a wrong check digit, a wrong prefix and a wrong length', () => {
    expect(isValidIsbn('978-9951-842-12-8')).toBe(false);
    expect(isValidIsbn('977-9951-842-12-9')).toBe(false);
    expect(isValidIsbn('978-9951-842-12')).toBe(false);
  });
  it('checks ISBN-10 too, with X as 10: 0-306-40615-2 sums to 132 = 12 × 11', () => {
    expect(isValidIsbn('0-306-40615-2')).toBe(true);
    expect(isValidIsbn('0-306-40615-3')).toBe(false);
  });
});

describe('partial dates', () => {
  it('accepts a year, a month and a real day', () => {
    expect(['2022', '2023-12', '2016-11-28', '2024-02-29'].map(isPartialDate)).toEqual([true, true, true, true]);
  });
  it('rejects impossible months and days and other formats', () => {
    expect(['2023-13', '2023-00', '2023-02-29', '2023-04-31', '23-12', '2023/12', ''].map(isPartialDate)).toEqual([false, false, false, false, false, false, false]);
  });
  it('orders a less precise date before a more precise one of the same period', () => {
    expect(['2023-12', '2022', '2023', '2016-11-28'].sort(comparePartialDates)).toEqual(['2016-11-28', '2022', '2023', '2023-12']);
    expect(yearOf('2016-11-28')).toBe(2016);
  });
});

describe('wordCount', () => {
  it('counts tokens with letters or digits and ignores lone punctuation', () => {
    expect(wordCount('Gratë në FSK – 11% e gjeneralëve, P/CVE.')).toBe(7);
    expect(wordCount('  \n ')).toBe(0);
  });
});

describe('publication helpers', () => {
  const make = (id: string, date: string, relatedIndicators: string[]) => ({ id, date, relatedIndicators }) as unknown as Publication;

  it('sorts newest first, ties by id, undated last', () => {
    const undated = { ...make('u', '2024', []), dateBasis: 'not-before' } as Publication;
    const sorted = sortNewestFirst([make('b', '2022', []), undated, make('a', '2023-12', []), make('a2', '2022', [])]);
    expect(sorted.map((publication) => publication.id)).toEqual(['a', 'a2', 'b', 'u']);
  });

  it('finds indicator ids missing from the codebook', () => {
    const publications = [make('x', '2022', ['trust_police', 'trust_nowhere']), make('y', '2022', ['women_army'])];
    expect(unknownIndicators(publications, new Set(['trust_police', 'women_army']))).toEqual([{ publication: 'x', indicator: 'trust_nowhere' }]);
  });
});
