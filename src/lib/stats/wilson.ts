/** z for a two-sided 95% interval: the 0.975 quantile of the standard normal distribution. */
export const Z_95 = 1.959963984540054;

/**
 * Wilson score interval for a proportion p observed on n cases (n may be fractional: an effective n).
 *   center = (p + z²/(2n)) / (1 + z²/n)
 *   half   = z / (1 + z²/n) · √( p(1−p)/n + z²/(4n²) )
 * Unlike the Wald interval it stays inside [0, 1] and is sensible at p = 0 and p = 1.
 * With no information (n ≤ 0) the interval is the whole range.
 */
export function wilsonInterval(p: number, n: number, z: number = Z_95): { lo: number; hi: number } {
  if (!(n > 0)) return { lo: 0, hi: 1 };
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At p = 0 (or 1) the bound is exactly 0 (or 1) in exact arithmetic; pin it so rounding
  // cannot produce -1e-17 or 1.0000000000000002.
  const lo = p <= 0 ? 0 : Math.max(0, center - half);
  const hi = p >= 1 ? 1 : Math.min(1, center + half);
  return { lo, hi };
}
