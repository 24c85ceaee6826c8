/**
 * Raking (iterative proportional fitting): adjusts weights until the weighted sample matches every
 * population margin at once (here gender × age and region). Pure; no I/O.
 */
import { kishEffectiveN } from '../../../src/lib/stats/index.ts';

export interface RakingMargin {
  /** Each respondent's category on this margin. */
  categories: readonly string[];
  /** Population share of each category; shares sum to 1. */
  targets: ReadonlyMap<string, number>;
}

export interface RakingResult {
  /** Final weights, mean 1. */
  weights: Float64Array;
  /** Full passes over all margins. */
  iterations: number;
  /** Largest |weighted share − target| over all categories of all margins at the end. */
  maxError: number;
}

export interface RakingOptions {
  /** Stop when every weighted share is within this of its target. */
  tolerance?: number;
  maxIterations?: number;
}

function weightedTotals(weights: Float64Array, categories: readonly string[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (let i = 0; i < weights.length; i += 1) {
    const category = categories[i] ?? '';
    totals.set(category, (totals.get(category) ?? 0) + (weights[i] ?? 0));
  }
  return totals;
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

function largestError(weights: Float64Array, margins: readonly RakingMargin[]): number {
  const total = sum(weights);
  let worst = 0;
  for (const margin of margins) {
    const totals = weightedTotals(weights, margin.categories);
    for (const [category, target] of margin.targets) worst = Math.max(worst, Math.abs((totals.get(category) ?? 0) / total - target));
  }
  return worst;
}

/** Checks that IPF can meet the margins: every sample category has a target and every target has respondents. */
function checkMargins(count: number, margins: readonly RakingMargin[]): void {
  margins.forEach((margin, index) => {
    if (margin.categories.length !== count) throw new Error(`raking margin ${index}: ${margin.categories.length} categories for ${count} respondents`);
    const present = new Set(margin.categories);
    for (const category of present) {
      if (!((margin.targets.get(category) ?? 0) > 0)) throw new Error(`raking margin ${index}: category "${category}" has respondents but no population share`);
    }
    for (const [category, target] of margin.targets) {
      if (target > 0 && !present.has(category)) throw new Error(`raking margin ${index}: category "${category}" has a population share but no respondents`);
    }
  });
}

export function rake(baseWeights: ArrayLike<number>, margins: readonly RakingMargin[], options: RakingOptions = {}): RakingResult {
  const tolerance = options.tolerance ?? 1e-10;
  const maxIterations = options.maxIterations ?? 1000;
  const count = baseWeights.length;
  checkMargins(count, margins);
  const weights = Float64Array.from(baseWeights);

  let iterations = 0;
  let maxError = largestError(weights, margins);
  while (maxError > tolerance && iterations < maxIterations) {
    for (const margin of margins) {
      const total = sum(weights);
      const totals = weightedTotals(weights, margin.categories);
      const factors = new Map<string, number>();
      for (const [category, weighted] of totals) factors.set(category, ((margin.targets.get(category) ?? 0) * total) / weighted);
      for (let i = 0; i < count; i += 1) weights[i] = (weights[i] ?? 0) * (factors.get(margin.categories[i] ?? '') ?? 1);
    }
    iterations += 1;
    maxError = largestError(weights, margins);
  }

  const mean = sum(weights) / count;
  for (let i = 0; i < count; i += 1) weights[i] = (weights[i] ?? 0) / mean;
  return { weights, iterations, maxError };
}

/** Kish's design effect of weighting, n / n_eff = n·Σw²/(Σw)²: 1 for equal weights, larger the more they vary. */
export function designEffect(weights: ArrayLike<number>): number {
  let sumW = 0;
  let sumW2 = 0;
  for (let i = 0; i < weights.length; i += 1) {
    const weight = weights[i] ?? 0;
    sumW += weight;
    sumW2 += weight * weight;
  }
  return weights.length / kishEffectiveN(sumW, sumW2);
}
