import { describe, expect, it } from 'vitest';
import { designEffect, rake } from '../../../scripts/survey/synthetic/raking.ts';
import { createRng } from '../../../scripts/survey/synthetic/prng.ts';

/** Weighted share of each category, summed directly in the test. */
function weightedShares(weights: ArrayLike<number>, categories: readonly string[]): Map<string, number> {
  let total = 0;
  const sums = new Map<string, number>();
  categories.forEach((category, index) => {
    const weight = weights[index] ?? 0;
    total += weight;
    sums.set(category, (sums.get(category) ?? 0) + weight);
  });
  return new Map([...sums].map(([category, sum]) => [category, sum / total]));
}

describe('raking (iterative proportional fitting)', () => {
  // A deliberately skewed sample of 600: too many women and too many in region "a".
  const rng = createRng(7);
  const gender = Array.from({ length: 600 }, () => (rng.next() < 0.62 ? 'f' : 'm'));
  const region = Array.from({ length: 600 }, () => (rng.next() < 0.5 ? 'a' : rng.next() < 0.6 ? 'b' : 'c'));
  const base = Array.from({ length: 600 }, () => 1 + Math.floor(rng.next() * 3));
  const genderTargets = new Map([['f', 0.51], ['m', 0.49]]);
  const regionTargets = new Map([['a', 0.3], ['b', 0.45], ['c', 0.25]]);

  it('converges to every margin within 1e-6 and normalises to mean 1', () => {
    const result = rake(base, [
      { categories: gender, targets: genderTargets },
      { categories: region, targets: regionTargets },
    ]);
    for (const [category, target] of genderTargets) expect(Math.abs((weightedShares(result.weights, gender).get(category) ?? 0) - target)).toBeLessThan(1e-6);
    for (const [category, target] of regionTargets) expect(Math.abs((weightedShares(result.weights, region).get(category) ?? 0) - target)).toBeLessThan(1e-6);
    const mean = result.weights.reduce((sum, weight) => sum + weight, 0) / result.weights.length;
    expect(mean).toBeCloseTo(1, 12);
    expect(result.maxError).toBeLessThan(1e-10);
    expect(result.iterations).toBeGreaterThan(0);
  });

  it('with one margin, is post-stratification: weight = base × target / weighted sample share', () => {
    const result = rake(base, [{ categories: gender, targets: genderTargets }]);
    const baseTotal = base.reduce((sum, weight) => sum + weight, 0);
    const baseShare = weightedShares(base, gender);
    const expected = base.map((weight, index) => {
      const category = gender[index] ?? '';
      return (weight * (genderTargets.get(category) ?? 0)) / (baseShare.get(category) ?? 1);
    });
    // Post-stratified weights sum to the base total; raking normalises them to mean 1.
    const scale = base.length / baseTotal;
    result.weights.forEach((weight, index) => expect(weight).toBeCloseTo((expected[index] ?? 0) * scale, 10));
  });

  it('refuses margins it cannot meet', () => {
    expect(() => rake([1, 1], [{ categories: ['a', 'a'], targets: new Map([['a', 0.5], ['b', 0.5]]) }])).toThrow(/no respondents/);
    expect(() => rake([1, 1], [{ categories: ['a', 'c'], targets: new Map([['a', 1]]) }])).toThrow(/no population share/);
  });
});

describe('design effect', () => {
  it('is n·Σw²/(Σw)²', () => {
    const weights = [0.5, 1, 1.5, 2];
    const n = 4;
    const sumW = 0.5 + 1 + 1.5 + 2;
    const sumW2 = 0.25 + 1 + 2.25 + 4;
    expect(designEffect(weights)).toBeCloseTo((n * sumW2) / (sumW * sumW), 12);
    expect(designEffect([2, 2, 2])).toBeCloseTo(1, 12);
  });
});
