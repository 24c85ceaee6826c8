import { describe, expect, it } from 'vitest';
import { twoProportionZTest } from '../../../src/lib/stats/index.ts';

describe('twoProportionZTest', () => {
  it('0.5 vs 0.4 on 100 each: not significant', () => {
    // pooled = (0.5·100 + 0.4·100)/200 = 0.45
    // se = √(0.45 · 0.55 · (1/100 + 1/100)) = √0.00495 = 0.07035623639735145
    // z = 0.1 / se = 1.4213381090374025; p = 2·P(Z > z) = 0.15521848968468414 (30-digit reference)
    const se = Math.sqrt(0.45 * 0.55 * (1 / 100 + 1 / 100));
    const result = twoProportionZTest(0.5, 100, 0.4, 100);
    expect(result.z).toBeCloseTo(0.1 / se, 12);
    expect(result.z).toBeCloseTo(1.4213381090374025, 12);
    expect(result.pValue).toBeCloseTo(0.15521848968468414, 12);
    expect(result.significant).toBe(false);
  });

  it('0.5 vs 0.4 on 400 each: significant', () => {
    // se = √(0.45 · 0.55 · 2/400) = √0.0012375; z = 0.1/se = 2.842676218074805; p = 0.0044736492566117797
    const result = twoProportionZTest(0.5, 400, 0.4, 400);
    expect(result.z).toBeCloseTo(0.1 / Math.sqrt(0.0012375), 12);
    expect(result.pValue).toBeCloseTo(0.0044736492566117797, 14);
    expect(result.significant).toBe(true);
  });

  it('fractional effective n and a negative difference', () => {
    // pooled = (0.3·80.5 + 0.45·120.25)/200.75 = (24.15 + 54.1125)/200.75 = 0.3898505603985056
    // se = √(pooled(1 − pooled)(1/80.5 + 1/120.25)) = 0.07023514511249498
    // z = −0.15/se = −2.135682922840786; p = 0.03270526727887671
    const pooled = (0.3 * 80.5 + 0.45 * 120.25) / 200.75;
    const se = Math.sqrt(pooled * (1 - pooled) * (1 / 80.5 + 1 / 120.25));
    const result = twoProportionZTest(0.3, 80.5, 0.45, 120.25);
    expect(result.z).toBeCloseTo((0.3 - 0.45) / se, 12);
    expect(result.z).toBeCloseTo(-2.135682922840786, 12);
    expect(result.pValue).toBeCloseTo(0.03270526727887671, 12);
    expect(result.significant).toBe(true);
  });

  it('is symmetric in the two groups', () => {
    const ab = twoProportionZTest(0.3, 80.5, 0.45, 120.25);
    const ba = twoProportionZTest(0.45, 120.25, 0.3, 80.5);
    expect(ba.z).toBeCloseTo(-ab.z, 14);
    expect(ba.pValue).toBeCloseTo(ab.pValue, 14);
  });

  it('no variance or no cases: z = 0, p = 1', () => {
    expect(twoProportionZTest(0, 100, 0, 80)).toEqual({ z: 0, pValue: 1, significant: false });
    expect(twoProportionZTest(1, 100, 1, 80)).toEqual({ z: 0, pValue: 1, significant: false });
    expect(twoProportionZTest(0.5, 0, 0.2, 80)).toEqual({ z: 0, pValue: 1, significant: false });
  });
});
