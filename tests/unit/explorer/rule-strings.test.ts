/** The explorer's and indicator tables' strings state the thresholds and significance level the statistics library applies, never typed numbers. */
import { describe, expect, it } from 'vitest';
import { NAMESPACES } from '../../../src/i18n/index.ts';
import { explorerStrings } from '../../../src/lib/explorer/strings.ts';
import { LANGS } from '../../../src/lib/i18n-langs.ts';
import { SUPPRESS_BELOW_N, UNRELIABLE_BELOW_N } from '../../../src/lib/stats/reliability.ts';
import { SIGNIFICANCE_LEVEL } from '../../../src/lib/stats/z-test.ts';

const texts = (value: unknown): string[] => (typeof value === 'string' ? [value] : Object.values(value as Record<string, string>));

describe('reliability thresholds in the explorer strings', () => {
  for (const lang of LANGS) {
    it(`in ${lang}, are the library's numbers, filled in once`, () => {
      const strings = explorerStrings(lang);
      const all = Object.values(strings).flatMap(texts);
      expect(all.filter((text) => /\{(min_n|caution_n|significance_pct)\}/.test(text))).toEqual([]);
      expect(texts(strings.compare_legend).every((form) => form.includes(`${SIGNIFICANCE_LEVEL * 100}`))).toBe(true);
      expect(strings.note_suppressed).toContain(String(SUPPRESS_BELOW_N));
      expect(strings.note_unreliable).toContain(String(UNRELIABLE_BELOW_N));
      expect(texts(strings.cell_suppressed_reason).every((form) => form.includes(String(SUPPRESS_BELOW_N)))).toBe(true);
    });
    it(`in ${lang}, are never typed into a string`, () => {
      const typed = Object.entries(NAMESPACES.explorer[lang])
        .filter(([, value]) => texts(value).some((text) => new RegExp(`(?<![\\d.,])(${SUPPRESS_BELOW_N}|${UNRELIABLE_BELOW_N})(?![\\d%])`).test(text)))
        .map(([key]) => key);
      expect(typed).toEqual([]);
    });
    it(`in ${lang}, name the significance level by slot, in the explorer and the indicator tables`, () => {
      const typedLevel = new RegExp(`(?<![\\d.,])${SIGNIFICANCE_LEVEL * 100}\\s?%`);
      const typed = (['explorer', 'indicator'] as const).flatMap((ns) =>
        Object.entries(NAMESPACES[ns][lang]).filter(([, value]) => texts(value).some((text) => typedLevel.test(text))).map(([key]) => `${ns}.${key}`),
      );
      expect(typed).toEqual([]);
    });
  }
});
