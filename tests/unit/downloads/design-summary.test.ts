/** The sample by country and wave: counts, Kish's effective n, design effect and margin of error. */
import { describe, expect, it } from 'vitest';
import { designSummary } from '../../../src/lib/downloads/design-summary.ts';
import { foldText, matches } from '../../../src/client/codebook-search.ts';

describe('design summary', () => {
  it('computes n, effective n, design effect and the margin of error per country and wave', () => {
    // Country 2, wave 2024: weights 1, 1, 2, 2 → Σw = 6, Σw² = 10, n_eff = 36 / 10 = 3.6.
    // Country 1, wave 2023: weights 0.5 × 4 → n_eff = 4 (equal weights), design effect 1.
    const cells = designSummary(
      { country: [2, 2, 2, 2, 1, 1, 1, 1], wave: [2024, 2024, 2024, 2024, 2023, 2023, 2023, 2023], weight: [1, 1, 2, 2, 0.5, 0.5, 0.5, 0.5] },
      [1, 2],
    );
    expect(cells.map((c) => [c.country, c.wave, c.respondents])).toEqual([[1, 2023, 4], [2, 2024, 4]]);
    expect(cells[0]?.effectiveN).toBeCloseTo(4, 12);
    expect(cells[0]?.designEffect).toBeCloseTo(1, 12);
    expect(cells[1]?.effectiveN).toBeCloseTo(3.6, 12);
    expect(cells[1]?.designEffect).toBeCloseTo(4 / 3.6, 12);
    // Wilson at p = 0.5, n = 3.6, z = 1.959964: half-width = z / (1 + z²/n) · √(0.25/n + z²/(4n²)).
    const z = 1.959963984540054;
    const n = 3.6;
    const half = (z / (1 + (z * z) / n)) * Math.sqrt(0.25 / n + (z * z) / (4 * n * n));
    expect(cells[1]?.marginOfError).toBeCloseTo(half, 12);
  });
});

describe('codebook search', () => {
  it('folds case and diacritics, đ included', () => {
    expect(foldText('  Kënaqësia  ÇËŠŽĆČĐ đak ')).toBe('kenaqesia ceszccd dak');
  });

  it('matches when every word occurs, in any order', () => {
    const text = foldText('trust_police Besimi te policia Sa i besoni policisë?');
    expect(matches(text, 'policise besimi')).toBe(true);
    expect(matches(text, 'besimi ushtria')).toBe(false);
    expect(matches(text, '   ')).toBe(true);
  });
});
