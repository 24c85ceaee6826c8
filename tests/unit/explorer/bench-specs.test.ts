/**
 * The explorer benchmark's states (scripts/bench/explorer-specs.ts) are built from the codebook they run
 * on. They once named waves 2022–2024 and an "education" breakdown, which the real 2021 release lacks,
 * and the benchmark stopped before measuring anything; these tests run them on the real codebook.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { benchSpecs } from '../../../scripts/bench/explorer-specs.ts';
import type { ResolvedCodebook } from '../../../src/lib/codebook/resolved.ts';
import { parseState } from '../../../src/lib/explorer/state.ts';
import { LANGS } from '../../../src/lib/i18n-langs.ts';
import { codebook as fixture } from './fixture.ts';

const realCodebook = (lang: string): ResolvedCodebook => JSON.parse(readFileSync(`public/data/wbsb/codebook.${lang}.json`, 'utf8')) as ResolvedCodebook;
const params = (spec: string) => new URLSearchParams(spec);

describe('the explorer benchmark’s states', () => {
  for (const lang of LANGS) {
    it(`are valid for the real codebook and cover its every breakdown (${lang})`, () => {
      const codebook = realCodebook(lang);
      const specs = benchSpecs(codebook, 40);
      expect(specs).toHaveLength(40);
      for (const spec of specs) expect(parseState(params(spec), codebook).problems, spec).toEqual([]);
      const breakdowns = new Set(specs.map((spec) => params(spec).get('by')));
      for (const demographic of codebook.demographics) expect(breakdowns.has(demographic.id), demographic.id).toBe(true);
      expect(breakdowns.has('none')).toBe(true);
      expect([...breakdowns].some((by) => codebook.questions.some((question) => question.id === by))).toBe(true);
      const waves = specs.flatMap((spec) => (params(spec).get('wave') ?? '').split(',').filter(Boolean).map(Number));
      expect(new Set(waves)).toEqual(new Set(codebook.dataset.waves));
    });
  }

  it('filter several waves at once where the data have several', () => {
    const specs = benchSpecs(fixture, 20);
    expect(specs.some((spec) => params(spec).get('wave') === '2023,2024')).toBe(true);
    expect(specs.some((spec) => (params(spec).get('country') ?? '').includes(','))).toBe(true);
  });
});
