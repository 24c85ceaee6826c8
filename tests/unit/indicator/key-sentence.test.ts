/** The key sentence: which country and waves it speaks of, when it reports a change, and its grammar in each language. */
import { describe, expect, it } from 'vitest';
import { keySentence, keySentenceFacts, type KeySentenceFacts } from '../../../src/lib/indicator/key-sentence.ts';
import { keyAfterSubject } from '../../../src/lib/indicator/grammar.ts';
import { countryFixture, questionFixture } from './fixtures.ts';

const KEY = {
  en: 'trust the police (some or a great deal)',
  sq: 'i besojnë policisë (njëfarë ose shumë)',
  sr: 'imaju poverenja u policiju (prilično ili veoma mnogo)',
};

describe('keySentenceFacts', () => {
  it('prefers Kosovo and compares its latest wave with its first', () => {
    const facts = keySentenceFacts(questionFixture([
      countryFixture('AL', 1, { 2021: [500, 1000], 2024: [400, 1000] }),
      countryFixture('XK', 2, { 2021: [580, 1000], 2024: [630, 1000] }),
    ]));
    // 63% vs 58% on n = 1000 each: pooled 0.605, SE = √(0.605·0.395·(2/1000)) = 0.02186, z = 0.05/0.02186 = 2.29 > 1.96.
    expect(facts).toEqual({ country: 'XK', wave: 2024, share: 0.63, comparison: { wave: 2021, share: 0.58, direction: 'up' } });
  });

  it('calls a difference inside the noise "same"', () => {
    const facts = keySentenceFacts(questionFixture([countryFixture('XK', 2, { 2021: [610, 1000], 2024: [630, 1000] })]));
    // z = 0.02 / √(0.62·0.38·0.002) = 0.02 / 0.02171 = 0.92 < 1.96.
    expect(facts?.comparison?.direction).toBe('same');
  });

  it('reports a significant fall as "down"', () => {
    const facts = keySentenceFacts(questionFixture([countryFixture('XK', 2, { 2021: [700, 1000], 2024: [630, 1000] })]));
    // z = −0.07 / √(0.665·0.335·0.002) = −0.07 / 0.02111 = −3.32.
    expect(facts?.comparison?.direction).toBe('down');
  });

  it('falls back to the first country in dataset order where Kosovo was not asked', () => {
    const facts = keySentenceFacts(questionFixture([
      countryFixture('AL', 1, { 2024: [450, 900] }),
      countryFixture('RS', 3, { 2024: [300, 1000] }),
    ]));
    expect(facts).toEqual({ country: 'AL', wave: 2024, share: 0.5, comparison: null });
  });

  it('skips a country whose figures are all suppressed (fewer than 30 respondents)', () => {
    const facts = keySentenceFacts(questionFixture([
      countryFixture('XK', 2, { 2024: [10, 20] }),
      countryFixture('RS', 3, { 2023: [250, 1000], 2024: [300, 1000] }),
    ]));
    expect(facts?.country).toBe('RS');
    expect(facts?.share).toBe(0.3);
  });
});

describe('keySentence grammar', () => {
  const up: KeySentenceFacts = { country: 'XK', wave: 2024, share: 0.63, comparison: { wave: 2021, share: 0.58, direction: 'up' } };
  const down: KeySentenceFacts = { country: 'AL', wave: 2024, share: 0.412, comparison: { wave: 2022, share: 0.47, direction: 'down' } };
  const same: KeySentenceFacts = { country: 'RS', wave: 2023, share: 0.455, comparison: { wave: 2021, share: 0.441, direction: 'same' } };
  const alone: KeySentenceFacts = { country: 'XK', wave: 2024, share: 0.63, comparison: null };

  it('writes English', () => {
    expect(keySentence('en', up, KEY.en)).toBe('In 2024, 63% of people in Kosovo trust the police (some or a great deal), up from 58% in 2021.');
    expect(keySentence('en', down, KEY.en)).toBe('In 2024, 41% of people in Albania trust the police (some or a great deal), down from 47% in 2022.');
    expect(keySentence('en', same, KEY.en)).toBe('In 2023, 46% of people in Serbia trust the police (some or a great deal), about the same as in 2021 (44%).');
    expect(keySentence('en', alone, KEY.en)).toBe('In 2024, 63% of people in Kosovo trust the police (some or a great deal).');
  });

  it('writes Albanian, with the place in the indefinite form after "në"', () => {
    expect(keySentence('sq', up, KEY.sq)).toBe('Në vitin 2024, 63% e njerëzve në Kosovë i besojnë policisë (njëfarë ose shumë), më shumë se në vitin 2021 (58%).');
    expect(keySentence('sq', down, KEY.sq)).toBe('Në vitin 2024, 41% e njerëzve në Shqipëri i besojnë policisë (njëfarë ose shumë), më pak se në vitin 2022 (47%).');
    expect(keySentence('sq', same, KEY.sq)).toBe('Në vitin 2023, 46% e njerëzve në Serbi i besojnë policisë (njëfarë ose shumë), afërsisht njësoj si në vitin 2021 (44%).');
  });

  it('writes Serbian (Latin), with the locative after "u" and "na" and ordinal years', () => {
    expect(keySentence('sr', up, KEY.sr)).toBe('U 2024. godini 63% ljudi na Kosovu imaju poverenja u policiju (prilično ili veoma mnogo), više nego 2021. godine (58%).');
    expect(keySentence('sr', down, KEY.sr)).toBe('U 2024. godini 41% ljudi u Albaniji imaju poverenja u policiju (prilično ili veoma mnogo), manje nego 2022. godine (47%).');
    expect(keySentence('sr', same, KEY.sr)).toBe('U 2023. godini 46% ljudi u Srbiji imaju poverenja u policiju (prilično ili veoma mnogo), približno isto kao 2021. godine (44%).');
  });

  it('puts a Serbian enclitic right after the subject', () => {
    expect(keySentence('sr', alone, 'slažu se da strane države šire dezinformacije')).toBe('U 2024. godini 63% ljudi na Kosovu se slažu da strane države šire dezinformacije.');
  });

  it('never writes a year with a thousands separator', () => {
    for (const lang of ['en', 'sq', 'sr'] as const) expect(keySentence(lang, up, KEY[lang])).not.toMatch(/2[.,\u00a0 ]024/);
  });
});

describe('keyAfterSubject', () => {
  it('moves a Serbian enclitic in front of the verb, right after the subject or "koji"', () => {
    expect(keyAfterSubject('sr', 'dali su mito u poslednjih 12 meseci')).toBe('su dali mito u poslednjih 12 meseci');
    expect(keyAfterSubject('sr', 'osećaju se bezbedno (uglavnom ili veoma)')).toBe('se osećaju bezbedno (uglavnom ili veoma)');
    expect(keyAfterSubject('sr', 'verovatno bi prijavili korupciju')).toBe('bi verovatno prijavili korupciju');
  });
  it('leaves other labels and languages alone', () => {
    expect(keyAfterSubject('sr', KEY.sr)).toBe(KEY.sr);
    expect(keyAfterSubject('en', 'see it as a big threat')).toBe('see it as a big threat');
    expect(keyAfterSubject('sq', 'e shohin si kërcënim')).toBe('e shohin si kërcënim');
  });
});
