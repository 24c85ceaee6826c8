/** The margin of error of the method notes, against the Wilson formula worked out by hand. */
import { describe, expect, it } from 'vitest';
import { marginOfError } from '../../../src/lib/indicator/margin-of-error.ts';

describe('marginOfError', () => {
  it('is the half-width of the 95% Wilson interval at p = 0.5', () => {
    // n_eff = 1000, z = 1.959964: z² = 3.841459; 1 + z²/n = 1.003841459;
    // √(0.25/1000 + 3.841459/(4·1000²)) = √(0.00025 + 0.00000096036) = √0.00025096036 = 0.0158417;
    // half-width = 1.959964 / 1.003841459 · 0.0158417 = 1.952464 · 0.0158417 = 0.030931.
    expect(marginOfError(1000)).toBeCloseTo(0.030931, 5);
  });
  it('grows as the effective n shrinks', () => {
    // n_eff = 100: 1 + 0.03841459 = 1.03841459; √(0.0025 + 0.000096036) = √0.002596036 = 0.0509513;
    // 1.959964 / 1.03841459 · 0.0509513 = 1.887458 · 0.0509513 = 0.096168.
    expect(marginOfError(100)).toBeCloseTo(0.096168, 5);
  });
  it('is the whole half-range without information', () => {
    expect(marginOfError(0)).toBe(0.5);
  });
});
