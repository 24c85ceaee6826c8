/**
 * What the two trend charts (trend-lines.ts, wide; compact-trend.ts, cards and phones) share: one
 * colour per series, the waves as a point scale, and the marks — interval band, line, dots (hollow
 * where a value rests on 30–49 respondents) with their tooltips, and direct labels at each line's end.
 * Each chart keeps its own sizes and the order it stacks the marks in.
 */
import * as Plot from '@observablehq/plot';
import { categoricalColours } from './palette.ts';
import { valueLabel } from './accessible.ts';
import { directLabels, tagSeries } from './direct-labels.ts';
import type { ChartText, TrendPoint } from './types.ts';

export interface TrendSeriesOptions {
  /** Series in legend/colour order. */
  series: string[];
  /** One colour per series (default: the categorical set in series order, for nominal series such as countries). */
  colours?: readonly string[];
}

/** The colours of the series, in series order. */
export function seriesColours(options: TrendSeriesOptions): string[] {
  return options.colours ? [...options.colours] : categoricalColours(options.series.length);
}

/** The waves the points cover, in order: the x domain of a trend. */
export function wavesOf(points: readonly TrendPoint[]): number[] {
  return [...new Set(points.map((p) => p.wave))].sort((a, b) => a - b);
}

/** A trend's x axis: one point per wave, labelled with the year. */
export function waveAxis(points: readonly TrendPoint[], padding: number): Plot.ScaleOptions {
  return { type: 'point', domain: wavesOf(points), label: null, tickFormat: (d: number) => String(d), padding };
}

export interface TrendMarkSizes {
  dotRadius: number;
  /** Vertical room one end label needs, in pixels. */
  labelGapPx: number;
  /** Height of the plotting area, in pixels. */
  plotHeight: number;
  labelDx: number;
  fontSize: number;
}

/** The marks of a trend (and its colours), separately, so each chart stacks them in its own order. */
export function trendMarks(points: TrendPoint[], options: TrendSeriesOptions & ChartText, sizes: TrendMarkSizes) {
  const value = (p: TrendPoint) => valueLabel(options, p.share, p.unreliable, p.mark);
  const colours = seriesColours(options);
  return {
    /** The series' colours, for the chart's colour scale: the same the labels are drawn in. */
    colours,
    band: Plot.areaY(points, { x: 'wave', y1: 'lo', y2: 'hi', z: 'series', fill: 'series', fillOpacity: 0.14 }),
    line: Plot.lineY(points, { x: 'wave', y: 'share', z: 'series', stroke: 'series', strokeWidth: 2.5 }),
    dots: Plot.dot(points, {
      x: 'wave', y: 'share', stroke: 'series', r: sizes.dotRadius, strokeWidth: 2,
      fill: (p: TrendPoint) => (p.unreliable ? 'white' : p.series),
      title: (p: TrendPoint) => `${p.series}, ${p.wave}: ${value(p)} (95%: ${options.formatShare(p.lo)}–${options.formatShare(p.hi)})`,
      render: tagSeries(points, true),
    }),
    labels: directLabels(points, {
      series: options.series, colours, gapPx: sizes.labelGapPx, plotHeight: sizes.plotHeight, dx: sizes.labelDx, fontSize: sizes.fontSize,
      text: (p: TrendPoint) => `${p.series} ${value(p)}`,
    }),
  };
}
