/** Placing end-of-line labels so that labels of close lines never print over each other. */

/**
 * Label positions (in share units) for values sorted in any order: each at its value, pushed apart to
 * at least `gap`, and kept inside 0..1. Returns positions in the input order.
 */
export function spreadLabels(values: number[], gap: number): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const placed = order.map((item) => item.value);
  for (let i = 1; i < placed.length; i++) placed[i] = Math.max(placed[i] ?? 0, (placed[i - 1] ?? 0) + gap);
  // If the top label was pushed above 1, slide the stack down, keeping the gaps.
  const overflow = (placed[placed.length - 1] ?? 0) - 1;
  if (overflow > 0) for (let i = placed.length - 1; i >= 0; i--) placed[i] = Math.min(placed[i] ?? 0, 1 - (placed.length - 1 - i) * gap);
  const result = new Array<number>(values.length);
  order.forEach((item, k) => { result[item.index] = placed[k] ?? item.value; });
  return result;
}

/** The last point of each series, with `labelY`: where its end label goes so that none collide. */
export function endLabels<T extends { series: string; wave: number; share: number }>(points: readonly T[], series: readonly string[], gap: number): (T & { labelY: number })[] {
  const ends = series.flatMap((name) => {
    const own = points.filter((p) => p.series === name).sort((a, b) => a.wave - b.wave);
    const last = own[own.length - 1];
    return last ? [last] : [];
  });
  const labelY = spreadLabels(ends.map((p) => p.share), gap);
  return ends.map((p, i) => ({ ...p, labelY: labelY[i] ?? p.share }));
}
