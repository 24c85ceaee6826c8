import { describe, expect, it } from 'vitest';
import { chiSquareDesignCorrected, isSparse, SMALL_EXPECTED_LIMIT } from '../../../src/lib/stats/index.ts';

// [[10, 20], [30, 40]]: row totals 30, 70; column totals 40, 60; N = 100.
// Expected: 30·40/100 = 12, 30·60/100 = 18, 70·40/100 = 28, 70·60/100 = 42; every |O − E| = 2.
const STATISTIC_2X2 = 4 / 12 + 4 / 18 + 4 / 28 + 4 / 42; // = 0.7936507936507936
// df = 1: p = erfc(√(x/2)); 30-digit reference erfc(√0.3968253968…) = 0.372998483613487…
const P_2X2 = 0.37299848361348713;

describe('chiSquareDesignCorrected', () => {
  it('2 × 2 with unit weights (n_eff = n = 100)', () => {
    const result = chiSquareDesignCorrected(
      [
        [10, 20],
        [30, 40],
      ],
      100,
    );
    expect(STATISTIC_2X2).toBeCloseTo(0.7936507936507936, 15);
    expect(result?.statistic).toBeCloseTo(STATISTIC_2X2, 13);
    expect(result?.df).toBe(1);
    expect(result?.pValue).toBeCloseTo(P_2X2, 12);
    expect(result?.nEff).toBe(100);
  });

  it('halves the statistic when the effective n is half the weighted total (design effect 2)', () => {
    // Same table with Σw = 100 but n_eff = 50: every cell × 0.5, and χ² is linear in that scale.
    const result = chiSquareDesignCorrected(
      [
        [10, 20],
        [30, 40],
      ],
      50,
    );
    expect(result?.statistic).toBeCloseTo(STATISTIC_2X2 / 2, 13);
    // df = 1: p = erfc(√(x/2)) with x = 0.3968253968; 30-digit reference 0.528733325121430…
    expect(result?.pValue).toBeCloseTo(0.5287333251214301, 12);
  });

  it('depends only on n_eff, not on the scale of the weights', () => {
    const scaled = chiSquareDesignCorrected(
      [
        [25, 50],
        [75, 100],
      ],
      100,
    );
    expect(scaled?.statistic).toBeCloseTo(STATISTIC_2X2, 13);
  });

  it('2 × 3 worked by hand, df = 2', () => {
    // [[10, 20, 30], [20, 20, 20]]: row totals 60, 60; column totals 30, 40, 50; N = 120.
    // Expected row 1 = row 2 = 15, 20, 25.
    // χ² = 25/15 + 0 + 25/25 + 25/15 + 0 + 25/25 = 16/3; df = (2−1)(3−1) = 2; p = e^(−x/2) = e^(−8/3).
    const result = chiSquareDesignCorrected(
      [
        [10, 20, 30],
        [20, 20, 20],
      ],
      120,
    );
    expect(result?.statistic).toBeCloseTo(16 / 3, 13);
    expect(result?.df).toBe(2);
    expect(result?.pValue).toBeCloseTo(Math.exp(-8 / 3), 13); // 0.0694834512228015
  });

  it('drops empty rows and columns before the test', () => {
    const result = chiSquareDesignCorrected(
      [
        [10, 0, 20],
        [0, 0, 0],
        [30, 0, 40],
      ],
      100,
    );
    expect(result?.df).toBe(1);
    expect(result?.statistic).toBeCloseTo(STATISTIC_2X2, 13);
  });

  it('is null with a single row, a single non-empty column, an empty table or no effective n', () => {
    expect(chiSquareDesignCorrected([[5, 7]], 12)).toBeNull();
    expect(
      chiSquareDesignCorrected(
        [
          [5, 0],
          [7, 0],
        ],
        12,
      ),
    ).toBeNull();
    expect(
      chiSquareDesignCorrected(
        [
          [10, 0],
          [0, 0],
        ],
        10,
      ),
    ).toBeNull();
    expect(chiSquareDesignCorrected([], 0)).toBeNull();
    expect(
      chiSquareDesignCorrected(
        [
          [10, 20],
          [30, 40],
        ],
        0,
      ),
    ).toBeNull();
  });

  it('a table of perfect independence has statistic 0 and p = 1', () => {
    const result = chiSquareDesignCorrected(
      [
        [10, 20],
        [20, 40],
      ],
      90,
    );
    expect(result?.statistic).toBeCloseTo(0, 14);
    expect(result?.pValue).toBeCloseTo(1, 12);
  });
});

describe('chi-square small expected counts (Cochran’s rule)', () => {
  it('counts the share of expected counts below 5', () => {
    // [[1, 9], [29, 61]]: row totals 10, 90; column totals 30, 70; N = 100.
    // Expected 10·30/100 = 3, 10·70/100 = 7, 90·30/100 = 27, 90·70/100 = 63: one of four is below 5.
    const result = chiSquareDesignCorrected([[1, 9], [29, 61]], 100);
    expect(result?.smallExpectedShare).toBe(0.25);
    expect(result && isSparse(result)).toBe(true);
    // χ² = 4/3 + 4/7 + 4/27 + 4/63 by hand.
    expect(result?.statistic).toBeCloseTo(4 / 3 + 4 / 7 + 4 / 27 + 4 / 63, 12);
  });

  it('counts on the rescaled (effective) table', () => {
    // [[20, 30], [40, 60]]: row totals 50, 100; column totals 60, 90; N = 150; expected 20, 30, 40, 60.
    expect(chiSquareDesignCorrected([[20, 30], [40, 60]], 150)?.smallExpectedShare).toBe(0);
    // Rescaled to n_eff = 30 every count is divided by 5: expected 4, 6, 8, 12, one of four below 5.
    expect(chiSquareDesignCorrected([[20, 30], [40, 60]], 30)?.smallExpectedShare).toBe(0.25);
  });

  it('a fifth exactly is still fine; more than a fifth is sparse', () => {
    expect(isSparse({ smallExpectedShare: 0.2 })).toBe(false);
    expect(isSparse({ smallExpectedShare: 0.21 })).toBe(true);
    expect(SMALL_EXPECTED_LIMIT).toBe(0.2);
  });
});
