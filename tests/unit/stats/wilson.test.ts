import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../../src/lib/stats/index.ts';

const z = 1.959963984540054;
const z2 = z * z; // 3.8414588206941245

describe('wilsonInterval', () => {
  it('p = 0.4, n = 50, worked by hand', () => {
    // center = (p + z²/(2n)) / (1 + z²/n) = (0.4 + z²/100) / (1 + z²/50)
    const center = (0.4 + z2 / 100) / (1 + z2 / 50);
    // half = z/(1 + z²/n) · √(p(1−p)/n + z²/(4n²)) = z/(1 + z²/50) · √(0.24/50 + z²/10000)
    const half = (z / (1 + z2 / 50)) * Math.sqrt((0.4 * 0.6) / 50 + z2 / 10_000);
    const { lo, hi } = wilsonInterval(0.4, 50);
    expect(lo).toBeCloseTo(center - half, 14);
    expect(hi).toBeCloseTo(center + half, 14);
    // Independently, in 30-digit arithmetic (mpmath): 0.27608389730256540…, 0.53818562252410633…
    expect(lo).toBeCloseTo(0.2760838973025654, 13);
    expect(hi).toBeCloseTo(0.5381856225241063, 13);
  });

  it('accepts a fractional effective n: p = 0.5, n = 36/14 (weights 1, 2, 3)', () => {
    // Symmetric around 0.5; 30-digit reference values: 0.11301753345754530…, 0.88698246654245470…
    const { lo, hi } = wilsonInterval(0.5, 36 / 14);
    expect(lo).toBeCloseTo(0.1130175334575453, 13);
    expect(hi).toBeCloseTo(0.8869824665424547, 13);
    expect(lo + hi).toBeCloseTo(1, 14);
  });

  it('share 0: lower bound exactly 0, upper bound z²/(n + z²)', () => {
    // At p = 0: center = (z²/2n)/(1 + z²/n), half equals center, so hi = 2·center = z²/(n + z²).
    const { lo, hi } = wilsonInterval(0, 10);
    expect(lo).toBe(0);
    expect(hi).toBeCloseTo(z2 / (10 + z2), 14); // 0.2775327998628892
  });

  it('share 1: upper bound exactly 1, lower bound n/(n + z²)', () => {
    const { lo, hi } = wilsonInterval(1, 10);
    expect(hi).toBe(1);
    expect(lo).toBeCloseTo(10 / (10 + z2), 14); // 0.7224672001371108
  });

  it('no information (n ≤ 0) gives the whole range', () => {
    expect(wilsonInterval(0.3, 0)).toEqual({ lo: 0, hi: 1 });
    expect(wilsonInterval(0.3, -2)).toEqual({ lo: 0, hi: 1 });
  });

  it('a wider z widens the interval (z = 2.5758293035489 for 99%)', () => {
    const ninetyFive = wilsonInterval(0.4, 50);
    const ninetyNine = wilsonInterval(0.4, 50, 2.5758293035489);
    expect(ninetyNine.lo).toBeLessThan(ninetyFive.lo);
    expect(ninetyNine.hi).toBeGreaterThan(ninetyFive.hi);
  });
});
