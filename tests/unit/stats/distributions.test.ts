import { describe, expect, it } from 'vitest';
import {
  chiSquareSurvival,
  erfc,
  logGamma,
  normalSurvival,
  regularizedGammaP,
  regularizedGammaQ,
} from '../../../src/lib/stats/index.ts';

// Reference values below were computed independently in 30-digit arithmetic (mpmath) unless the
// comment derives them in closed form.

describe('logGamma', () => {
  it('matches Γ at known points', () => {
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 14); // Γ(1/2) = √π
    expect(logGamma(1)).toBeCloseTo(0, 14); // Γ(1) = 0! = 1
    expect(logGamma(10)).toBeCloseTo(Math.log(362_880), 13); // Γ(10) = 9!
    expect(logGamma(3.7)).toBeCloseTo(1.428072326665388, 13);
    expect(logGamma(100)).toBeCloseTo(359.1342053695754, 10);
  });

  it('rejects x ≤ 0', () => {
    expect(() => logGamma(0)).toThrow(RangeError);
  });
});

describe('regularized incomplete gamma', () => {
  it('P(1, x) = 1 − e^(−x) (the exponential distribution), on both sides of x = a + 1', () => {
    for (const x of [0.3, 1.5, 4, 20]) expect(regularizedGammaP(1, x)).toBeCloseTo(1 - Math.exp(-x), 14);
  });

  it('P(3, 10) = 1 − e^(−10)(1 + 10 + 50) and P(2.5, 1)', () => {
    expect(regularizedGammaP(3, 10)).toBeCloseTo(1 - Math.exp(-10) * (1 + 10 + 100 / 2), 14);
    expect(regularizedGammaP(2.5, 1)).toBeCloseTo(0.15085496391539036, 14);
  });

  it('P + Q = 1, and the edges x = 0 and x = ∞', () => {
    expect(regularizedGammaP(4.5, 3) + regularizedGammaQ(4.5, 3)).toBeCloseTo(1, 15);
    expect(regularizedGammaQ(2, 0)).toBe(1);
    expect(regularizedGammaP(2, 0)).toBe(0);
    expect(regularizedGammaQ(2, Infinity)).toBe(0);
  });
});

describe('chiSquareSurvival', () => {
  it('gives 0.05 at the 95% critical values of df 1 and 2', () => {
    expect(chiSquareSurvival(3.841458820694124, 1)).toBeCloseTo(0.05, 12);
    expect(chiSquareSurvival(5.991464547107979, 2)).toBeCloseTo(0.05, 12);
  });

  it('matches known values', () => {
    expect(chiSquareSurvival(10, 5)).toBeCloseTo(0.0752352461465122, 12);
    expect(chiSquareSurvival(0.5, 3)).toBeCloseTo(0.9188914116546759, 12);
    expect(chiSquareSurvival(0.001, 4)).toBeCloseTo(0.9999998750416589, 14);
  });

  it('df = 2 has the closed form e^(−x/2)', () => {
    for (const x of [0.2, 3, 16 / 3, 40]) expect(chiSquareSurvival(x, 2)).toBeCloseTo(Math.exp(-x / 2), 14);
  });

  it('keeps relative accuracy in the far tail: sf(100, 3) = 1.5541594313896049e-21', () => {
    expect(chiSquareSurvival(100, 3) / 1.5541594313896049e-21).toBeCloseTo(1, 12);
  });

  it('a statistic ≤ 0 has p = 1; df ≤ 0 is an error', () => {
    expect(chiSquareSurvival(0, 3)).toBe(1);
    expect(() => chiSquareSurvival(1, 0)).toThrow(RangeError);
  });
});

describe('erfc', () => {
  it('matches reference values within 1e-9 (in fact ~1e-15)', () => {
    const reference: [number, number][] = [
      [0, 1],
      [0.5, 0.4795001221869535],
      [1, 0.15729920705028513],
      [2, 0.004677734981047266],
      [3, 2.209049699858544e-5],
      [-1, 1.8427007929497148],
    ];
    for (const [x, expected] of reference) expect(Math.abs(erfc(x) - expected)).toBeLessThan(1e-14);
  });

  it('is relatively accurate in the tail: erfc(5) = 1.5374597944280349e-12', () => {
    expect(erfc(5) / 1.5374597944280349e-12).toBeCloseTo(1, 12);
  });
});

describe('normalSurvival', () => {
  it('P(Z > 1.959963984540054) = 0.025', () => {
    expect(normalSurvival(1.959963984540054)).toBeCloseTo(0.025, 14);
  });

  it('matches reference values, with P(Z > −z) = 1 − P(Z > z)', () => {
    expect(normalSurvival(0)).toBeCloseTo(0.5, 15);
    expect(normalSurvival(1)).toBeCloseTo(0.15865525393145705, 14);
    expect(normalSurvival(-1)).toBeCloseTo(0.8413447460685429, 14);
    expect(normalSurvival(3)).toBeCloseTo(0.0013498980316300946, 15);
    expect(normalSurvival(6) / 9.865876450376981e-10).toBeCloseTo(1, 12);
    expect(normalSurvival(8) / 6.220960574271784e-16).toBeCloseTo(1, 12);
  });

  it('reaches 0 and 1 at the infinities', () => {
    expect(normalSurvival(Infinity)).toBe(0);
    expect(normalSurvival(-Infinity)).toBe(1);
  });
});
