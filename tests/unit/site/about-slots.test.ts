/**
 * The about page names thresholds and rule parameters by slot, filled from their one home each
 * (src/build/about-slots.ts). These tests fail when a language types a number again (its slot goes
 * missing), when a slot has no value, or when a value does not come from where it should.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aboutSlotValues, fillAboutSlots } from '../../../src/build/about-slots.ts';
import { slotNames } from '../../../src/lib/fill-slots.ts';
import { LANGS } from '../../../src/lib/i18n-langs.ts';
import { SIGNIFICANCE_LEVEL, SUPPRESS_BELOW_N, UNRELIABLE_BELOW_N } from '../../../src/lib/stats/index.ts';
import type { ManifestDisclosure } from '../../../src/lib/survey/manifest.ts';
import { DataError } from '../../../scripts/lib/data-error.ts';

// Made-up rule parameters, unlike the real ones, so a value that does not come from here shows.
const DISCLOSURE: ManifestDisclosure = { k: 1, kNonMajority: 3, keys: ['country'], mergeBelow: 12, localSuppressionMinimum: 4, inSmallGroups: 0 };
const aboutSource = (lang: string) => readFileSync(`src/content/pages/${lang}/about.md`, 'utf8');

describe('the about page’s slots', () => {
  it('every language names every value by slot, and only those', () => {
    const names = Object.keys(aboutSlotValues('en', DISCLOSURE)).sort();
    for (const lang of LANGS) expect(slotNames(aboutSource(lang)).sort(), lang).toEqual(names);
  });

  it('fills the statistics’ thresholds and the manifest’s merge threshold', () => {
    const text = fillAboutSlots('{suppressBelow} {unreliableFrom}–{unreliableTo} {significancePercent}% {mergeBelow}', 'en', 'about.md', aboutSlotValues('en', DISCLOSURE));
    expect(text).toBe(`${SUPPRESS_BELOW_N} ${SUPPRESS_BELOW_N}–${UNRELIABLE_BELOW_N - 1} ${SIGNIFICANCE_LEVEL * 100}% 12`);
  });

  it('leaves no slot unfilled in any language', () => {
    for (const lang of LANGS) {
      const filled = fillAboutSlots(aboutSource(lang), lang, 'about.md', aboutSlotValues(lang, DISCLOSURE));
      expect(slotNames(filled), lang).toEqual([]);
      expect(filled, lang).toContain(' 12 ');
    }
  });

  it('stops on a slot without a value, naming the file and the slot', () => {
    expect(() => fillAboutSlots('<p>{mergeBelow}</p>', 'en', 'src/content/pages/en/about.md', aboutSlotValues('en', null))).toThrow(DataError);
    expect(() => fillAboutSlots('<p>{nope}</p>', 'sr', 'src/content/pages/sr/about.md', aboutSlotValues('sr', DISCLOSURE))).toThrow(
      /^src\/content\/pages\/sr\/about\.md: value "\{nope\}": a slot without a value; the about page can name \{suppressBelow\}/,
    );
  });
});
