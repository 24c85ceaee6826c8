import { describe, expect, it } from 'vitest';
import { formatPartialDate, openingWords, projectPeriod, publicationTypeKey, languageNameKey } from '../../../src/lib/library/display.ts';
import { PUBLICATION_TYPES } from '../../../src/lib/library/schema.ts';
import { ui } from '../../../src/i18n/index.ts';

describe('library display helpers', () => {
  it('writes partial dates as precisely as they are known, in each language', () => {
    expect(formatPartialDate('2022', 'en')).toBe('2022');
    expect(formatPartialDate('2023-12', 'en')).toBe('December 2023');
    expect(formatPartialDate('2023-12', 'sq')).toMatch(/^dhjetor 2023$/u);
    expect(formatPartialDate('2023-12', 'sr')).toMatch(/^decembar 2023\.?$/u);
    expect(formatPartialDate('2016-11-28', 'en')).toBe('November 28, 2016');
  });

  it('has a UI string for every publication type and language name', () => {
    for (const lang of ['sq', 'en', 'sr'] as const) {
      const t = ui(lang);
      for (const type of PUBLICATION_TYPES) expect(t[publicationTypeKey(type)], `${lang} ${type}`).toBeTruthy();
      for (const language of ['sq', 'en', 'sr'] as const) expect(t[languageNameKey(language)]).toBeTruthy();
    }
    expect(publicationTypeKey('policy-brief')).toBe('pub_type_policy_brief');
  });

  it('writes a project period from what is known', () => {
    expect(projectPeriod({ start: '2019-10', end: '2020-02', status: 'finished' }, 'en', 'since {start}')).toBe('October 2019 – February 2020');
    expect(projectPeriod({ start: '2021', status: 'ongoing' }, 'en', 'since {start}')).toBe('since 2021');
    expect(projectPeriod({ start: '2016', status: 'finished' }, 'en', 'since {start}')).toBe('2016');
  });

  it('cuts a text after a number of words, without trailing punctuation before the ellipsis', () => {
    expect(openingWords('one two three, four five', 3)).toBe('one two three…');
    expect(openingWords('one two', 3)).toBe('one two');
  });
});
