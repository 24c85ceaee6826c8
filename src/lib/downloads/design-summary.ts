/**
 * The sample of a survey by country and wave, computed from its weights: respondents, Kish's effective
 * sample size, the design effect (n / n_eff) and the margin of error quoted in method notes (half the
 * width of the 95% Wilson interval at p = 0.5 with n_eff, the widest it gets). Formulas come from the
 * statistics library.
 */
import { kishEffectiveN, wilsonInterval } from '../stats/index.ts';

export interface DesignCell {
  /** Country code as stored in the data. */
  country: number;
  wave: number;
  respondents: number;
  effectiveN: number;
  designEffect: number;
  /** In 0..1 units: 0.031 = ±3.1 percentage points. */
  marginOfError: number;
}

export interface DesignInput {
  country: ArrayLike<number>;
  wave: ArrayLike<number>;
  weight: ArrayLike<number>;
}

/** One cell per country and wave present in the data, ordered by `countryOrder`, then by wave. */
export function designSummary(input: DesignInput, countryOrder: readonly number[]): DesignCell[] {
  const sums = new Map<string, { country: number; wave: number; n: number; sumW: number; sumW2: number }>();
  for (let row = 0; row < input.weight.length; row += 1) {
    const country = Number(input.country[row]);
    const wave = Number(input.wave[row]);
    const weight = Number(input.weight[row]);
    const key = `${country}|${wave}`;
    const cell = sums.get(key) ?? { country, wave, n: 0, sumW: 0, sumW2: 0 };
    cell.n += 1;
    cell.sumW += weight;
    cell.sumW2 += weight * weight;
    sums.set(key, cell);
  }
  const rank = (country: number) => {
    const index = countryOrder.indexOf(country);
    return index < 0 ? countryOrder.length + country : index;
  };
  return [...sums.values()]
    .sort((a, b) => rank(a.country) - rank(b.country) || a.wave - b.wave)
    .map(({ country, wave, n, sumW, sumW2 }) => {
      const effectiveN = kishEffectiveN(sumW, sumW2);
      const { lo, hi } = wilsonInterval(0.5, effectiveN);
      return { country, wave, respondents: n, effectiveN, designEffect: effectiveN > 0 ? n / effectiveN : Number.NaN, marginOfError: (hi - lo) / 2 };
    });
}
