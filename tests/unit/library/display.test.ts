import { describe, expect, it } from 'vitest';
import {
  dateInSentence,
  formatPartialDate,
  knownSentenceKey,
  languageNameKey,
  openingWords,
  projectPeriod,
  publicationTypeKey,
  titleTranslationReason,
} from '../../../src/lib/library/display.ts';
import { LINK_KINDS, linkKindKey } from '../../../src/lib/library/links.ts';
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
      for (const type of PUBLICATION_TYPES) expect(t[knownSentenceKey(type)], `${lang} ${type} sentence`).toMatch(/\{publishers\}\{date\}\{programme\}\.$/u);
      for (const kind of LINK_KINDS) expect(t[linkKindKey(kind)], `${lang} ${kind} link`).toBeTruthy();
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

  it('writes a date inside a sentence with the preposition and case each language needs', () => {
    expect(['2022', '2022-03', '2022-12-21'].map((date) => dateInSentence(date, 'en'))).toEqual(['in 2022', 'in March 2022', 'on 21 December 2022']);
    expect(['2022', '2022-03', '2022-12-21'].map((date) => dateInSentence(date, 'sq'))).toEqual(['në vitin 2022', 'në mars 2022', 'më 21 dhjetor 2022']);
    expect(['2022', '2022-03', '2022-12-21'].map((date) => dateInSentence(date, 'sr'))).toEqual(['iz 2022. godine', 'iz marta 2022. godine', 'od 21. decembra 2022. godine']);
  });

  it('tells a title as published from the portal\'s translation', () => {
    const report = { languages: ['en', 'sr'] as ('sq' | 'en' | 'sr')[], titleNotKnownIn: ['sr'] as ('sq' | 'en' | 'sr')[] };
    expect(titleTranslationReason(report, 'en')).toBeUndefined();
    expect(titleTranslationReason(report, 'sr')).toBe('not-known');
    expect(titleTranslationReason(report, 'sq')).toBe('not-published');
  });
});
