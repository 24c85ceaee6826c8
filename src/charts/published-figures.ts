/**
 * Published percentages of one institution across years: one dot per figure, coloured and shaped by
 * group (so colour is never the only cue), hollow where the year is approximate or inferred. Dots are
 * not joined by lines: the figures come from different sources that count different parts of the
 * staff, and a line would present them as one series. Figures of the same year sit side by side
 * rather than on top of each other, so conflicting values stay visible as two dots. Every value, with
 * its qualifier ("about 16%") and source, is in the dot's tooltip and in the table under the chart.
 */
import * as Plot from '@observablehq/plot';
import { categoricalColours } from './palette.ts';
import { labelChart } from './accessible.ts';
import type { ChartEnvironment, ChartText } from './types.ts';

export interface PublishedPoint {
  /** Group name, as shown (one of `series`). */
  series: string;
  year: number;
  /** Share in 0..1, the number as published (its qualifier is in `title`). */
  share: number;
  /** The year is approximate or inferred: drawn hollow. */
  uncertainYear: boolean;
  /** Tooltip: group, year, value with its qualifier, source. */
  title: string;
}

export interface PublishedFiguresOptions extends ChartEnvironment, ChartText {
  /** Every group the charts of the page may show, in colour order, so a group keeps its colour across charts. */
  series: string[];
  /** Height in CSS pixels (default 300). */
  height?: number;
}

/** Plot symbol per series position; the page's legend draws the same shapes. */
export const SERIES_SYMBOLS = ['circle', 'square', 'triangle', 'diamond', 'star', 'cross'] as const;
/** Horizontal distance, in years, between dots that share a year. */
const SPREAD = 0.22;
/** Below this width every other year is labelled, so that the labels never touch. */
const NARROW = 480;

/** Each point with `x`: its year, moved aside from the other points of that year (in series order). */
export function spreadByYear(points: readonly PublishedPoint[], series: readonly string[]): (PublishedPoint & { x: number })[] {
  const rank = (point: PublishedPoint) => series.indexOf(point.series);
  const byYear = new Map<number, PublishedPoint[]>();
  for (const point of points) byYear.set(point.year, [...(byYear.get(point.year) ?? []), point]);
  const placed = new Map<PublishedPoint, number>();
  for (const [year, same] of byYear) {
    const ordered = [...same].sort((a, b) => rank(a) - rank(b) || a.share - b.share);
    ordered.forEach((point, index) => placed.set(point, year + (index - (ordered.length - 1) / 2) * SPREAD));
  }
  return points.map((point) => ({ ...point, x: placed.get(point) ?? point.year }));
}

/** The top of the share axis: the largest value plus room, rounded up to 5 points, at least 10%. */
export function shareCeiling(points: readonly PublishedPoint[]): number {
  const largest = Math.max(0, ...points.map((point) => point.share));
  return Math.min(1, Math.max(0.1, Math.ceil((largest * 1.15) / 0.05) * 0.05));
}

export function publishedFigures(points: PublishedPoint[], options: PublishedFiguresOptions): SVGSVGElement | HTMLElement {
  if (points.length === 0) throw new Error('publishedFigures: no points to draw');
  const width = options.width ?? 640;
  const placed = spreadByYear(points, options.series);
  const years = points.map((point) => point.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const step = width < NARROW && last - first > 6 ? 2 : 1;
  const ticks = Array.from({ length: Math.floor((last - first) / step) + 1 }, (_, index) => first + index * step);
  const symbols = options.series.map((_, index) => SERIES_SYMBOLS[index % SERIES_SYMBOLS.length] ?? 'circle');
  const dot = { x: 'x', y: 'share', symbol: 'series', stroke: 'series', r: 5, strokeWidth: 2, title: (p: PublishedPoint) => p.title } as const;
  const chart = Plot.plot({
    ...(options.document ? { document: options.document } : {}),
    width,
    height: options.height ?? 300,
    marginTop: 16,
    marginBottom: 30,
    marginLeft: 44,
    marginRight: 16,
    x: { domain: [first - 0.7, last + 0.7], ticks, label: null, tickFormat: (d: number) => String(d) },
    y: { domain: [0, shareCeiling(points)], grid: true, label: null, tickFormat: (d: number) => options.formatShare(d) },
    color: { domain: options.series, range: categoricalColours(options.series.length) },
    symbol: { domain: options.series, range: symbols },
    marks: [
      Plot.ruleY([0]),
      Plot.dot(placed.filter((p) => !p.uncertainYear), { ...dot, fill: 'series' }),
      Plot.dot(placed.filter((p) => p.uncertainYear), { ...dot, fill: 'white' }),
    ],
  });
  return labelChart(chart, options);
}
