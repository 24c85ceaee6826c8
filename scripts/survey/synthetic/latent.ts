/**
 * The latent model behind the synthetic answers. Each respondent has a propensity to give a question's
 * key answer, in logit units: level + trend × years since the first wave + group effects + loading × trait
 * + logistic noise. The level is calibrated so that the reference group, in the first wave, gives the
 * key answer with exactly the model's keyShare.
 */

/** Standard normal quadrature grid (trapezoid on ±8 sd), used to average over the trait. */
const GRID_STEP = 0.05;
const GRID: readonly { z: number; weight: number }[] = (() => {
  const points: { z: number; weight: number }[] = [];
  let total = 0;
  for (let z = -8; z <= 8 + 1e-9; z += GRID_STEP) {
    const weight = Math.exp(-0.5 * z * z);
    points.push({ z, weight });
    total += weight;
  }
  return points.map((point) => ({ z: point.z, weight: point.weight / total }));
})();

/** Levels are searched in this range; a share of 0 or 1 ends up at its edge. */
const LEVEL_BOUND = 30;

export function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Share of the key answer when the trait is standard normal: E[σ(level + loading·Z)]. */
export function keyShareAt(level: number, loading: number): number {
  let share = 0;
  for (const { z, weight } of GRID) share += weight * logistic(level + loading * z);
  return share;
}

/** The level whose key share (averaged over the trait) equals `target`; bisection, so always converges. */
export function calibrateLevel(target: number, loading: number): number {
  let low = -LEVEL_BOUND;
  let high = LEVEL_BOUND;
  for (let step = 0; step < 100; step += 1) {
    const middle = (low + high) / 2;
    if (keyShareAt(middle, loading) < target) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}
