/**
 * Seeded pseudo-random numbers (mulberry32): the same seed always gives the same sequence, on every
 * machine, so the synthetic data are reproducible byte for byte. Math.random is never used.
 */

/** Methods are plain functions (no `this`), so they can be passed around on their own. */
export interface Rng {
  /** Uniform in (0, 1): never exactly 0 or 1, so logs and logits stay finite. */
  next: () => number;
  /** Standard normal (Box–Muller). */
  normal: () => number;
  /** Standard logistic: the noise of a logit model. */
  logistic: () => number;
  /** An index drawn with probability proportional to `weights` (which must not all be 0). */
  choose: (weights: readonly number[]) => number;
}

const TWO_POW_32 = 4294967296;

/** A 32-bit seed derived from a base seed and labels (FNV-1a), so each part of the data gets its own stream. */
export function deriveSeed(seed: number, ...labels: (string | number)[]): number {
  let hash = 0x811c9dc5;
  for (const char of `${seed}|${labels.join('|')}`) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const nextUint32 = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const next = (): number => (nextUint32() + 0.5) / TWO_POW_32;
  return {
    next,
    normal: () => Math.sqrt(-2 * Math.log(next())) * Math.cos(2 * Math.PI * next()),
    logistic: () => {
      const u = next();
      return Math.log(u / (1 - u));
    },
    choose: (weights) => {
      let total = 0;
      for (const weight of weights) total += weight;
      if (!(total > 0)) throw new Error('choose: the weights must have a positive sum');
      let threshold = next() * total;
      for (let index = 0; index < weights.length; index += 1) {
        threshold -= weights[index] ?? 0;
        if (threshold < 0) return index;
      }
      // Rounding can leave a sliver past the end: return the last index with a positive weight.
      for (let index = weights.length - 1; index >= 0; index -= 1) if ((weights[index] ?? 0) > 0) return index;
      return weights.length - 1;
    },
  };
}
