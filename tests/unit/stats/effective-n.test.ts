import { describe, expect, it } from 'vitest';
import { kishEffectiveN } from '../../../src/lib/stats/index.ts';

describe('kishEffectiveN', () => {
  it('weights [1, 2, 3]: Σw = 6, Σw² = 1 + 4 + 9 = 14, n_eff = 36/14', () => {
    const weights = [1, 2, 3];
    const sumW = 1 + 2 + 3;
    const sumW2 = 1 * 1 + 2 * 2 + 3 * 3;
    expect(sumW).toBe(weights.reduce((a, b) => a + b, 0));
    expect(kishEffectiveN(sumW, sumW2)).toBeCloseTo(36 / 14, 14);
  });

  it('equal weights give n_eff = n whatever their size: 4 × 2.5 → Σw = 10, Σw² = 25, 100/25 = 4', () => {
    expect(kishEffectiveN(4 * 2.5, 4 * 2.5 * 2.5)).toBe(4);
  });

  it('10% weight 6 and 90% weight 1 double the variance: 100 cases → Σw = 150, Σw² = 450, n_eff = 50', () => {
    const sumW = 10 * 6 + 90 * 1;
    const sumW2 = 10 * 36 + 90 * 1;
    expect(kishEffectiveN(sumW, sumW2)).toBe(22_500 / 450);
    expect(kishEffectiveN(sumW, sumW2)).toBe(50);
  });

  it('an empty set (Σw² = 0) gives 0 rather than NaN', () => {
    expect(kishEffectiveN(0, 0)).toBe(0);
  });
});
