import { describe, expect, it } from 'vitest';
import { compareWithReference, crosstab, holmAdjust, type CellSums } from '../../../src/lib/stats/index.ts';

describe('holmAdjust', () => {
  it('steps down: the i-th smallest p times (m − i + 1), never below the one before', () => {
    // Sorted 0.01, 0.02, 0.04 → 3·0.01 = 0.03, 2·0.02 = 0.04, 1·0.04 = 0.04: all three below 5%,
    // where Bonferroni (0.03, 0.06, 0.12) keeps only the first.
    expect(holmAdjust([0.04, 0.01, 0.02]).map((p) => Number(p.toFixed(12)))).toEqual([0.04, 0.03, 0.04]);
    // 0.01, 0.03, 0.04 → 0.03, 0.06, max(0.06, 0.04) = 0.06.
    expect(holmAdjust([0.01, 0.04, 0.03]).map((p) => Number(p.toFixed(12)))).toEqual([0.03, 0.06, 0.06]);
    expect(holmAdjust([0.6, 0.9])).toEqual([1, 1]);
    expect(holmAdjust([])).toEqual([]);
  });
});

describe('compareWithReference', () => {
  const unit = (row: number, col: string, n: number): CellSums => ({ row, col, n, sumW: n, sumW2: n });
  // A (reference, n = 100): 60 / 40. B (n = 100): 30 / 70. C (n = 40): 20 / 20. D (n = 10, suppressed): 5 / 5.
  const result = crosstab(
    [unit(1, 'A', 60), unit(2, 'A', 40), unit(1, 'B', 30), unit(2, 'B', 70), unit(1, 'C', 20), unit(2, 'C', 20), unit(1, 'D', 5), unit(2, 'D', 5)],
    { weighted: false, rows: [1, 2], cols: ['A', 'B', 'C', 'D'] },
  );

  it('tests every shown cell against the reference, Holm-corrected over the four comparisons', () => {
    const comparisons = compareWithReference(result, 'A');
    expect(comparisons.map((c) => [c.row, c.col, c.direction])).toEqual([
      [1, 'B', 'lower'], [1, 'C', 'same'], [2, 'B', 'higher'], [2, 'C', 'same'],
    ]);
    // B row 1: 0.3 vs 0.6, pooled 0.45, SE = √(0.45·0.55·(1/100 + 1/100)) = 0.0703562…, z = −4.264014327112208,
    // two-sided p = 2.007865612426492e-5 (worked out separately); Holm ×4 = 8.03146e-5.
    const [b1, c1, b2, c2] = comparisons;
    expect(b1?.z).toBeCloseTo(-4.264014327112208, 10);
    expect(b1?.pValue).toBeCloseTo(2.007865612426492e-5, 15);
    expect(b1?.pAdjusted).toBeCloseTo(4 * 2.007865612426492e-5, 14);
    expect(b2?.pAdjusted).toBeCloseTo(4 * 2.007865612426492e-5, 14);
    // C row 1: 0.5 (n 40) vs 0.6 (n 100): z = −1.0801234497346432, p = 0.28008721081149757 — the same
    // p as the 2 × 2 chi-square of these two columns, as z² = χ². Holm: 2 · p (the third smallest) = 0.560174.
    expect(c1?.z).toBeCloseTo(-1.0801234497346432, 10);
    expect(c1?.pValue).toBeCloseTo(0.28008721081149757, 12);
    expect(c1?.pAdjusted).toBeCloseTo(2 * 0.28008721081149757, 12);
    expect(c2?.pAdjusted).toBeCloseTo(2 * 0.28008721081149757, 12);
    expect(c1?.difference).toBeCloseTo(-0.1, 12);
  });

  it('leaves out suppressed groups, and compares nothing with a suppressed or unknown reference', () => {
    expect(compareWithReference(result, 'A').some((c) => c.col === 'D')).toBe(false);
    expect(compareWithReference(result, 'D')).toEqual([]);
    expect(compareWithReference(result, 'nope')).toEqual([]);
  });

  it('restricts the family to the rows asked for', () => {
    const rowTwo = compareWithReference(result, 'A', [2]);
    expect(rowTwo.map((c) => c.col)).toEqual(['B', 'C']);
    // Two comparisons now: C's p is the larger of two, so Holm multiplies it by 1.
    expect(rowTwo[1]?.pAdjusted).toBeCloseTo(0.28008721081149757, 12);
  });
});
