/**
 * A small trend for cards (topic pages, home): the key share of each series across waves as lines
 * with dots, on a fixed 0–100% axis, and only the last value written, beside the series name, in the
 * line's colour (direct-labels.ts), spread apart so close lines never print over each other.
 * With `intervals` (the phone variant of an indicator's trend, whose caption announces them) each line
 * carries its 95% interval as a faint band, as in the wide chart; cards leave the bands out.
 */
import * as Plot from '@observablehq/plot';
import { labelChart } from './accessible.ts';
import { trendMarks, waveAxis, type TrendSeriesOptions } from './trend-marks.ts';
import type { ChartEnvironment, ChartText, TrendPoint } from './types.ts';

export interface CompactTrendOptions extends ChartEnvironment, ChartText, TrendSeriesOptions {
  /** Height in CSS pixels (default 180). */
  height?: number;
  /** Draw each series' 95% interval as a band (default false: cards are too small to read them). */
  intervals?: boolean;
}

const MARGIN_TOP = 12;
const MARGIN_BOTTOM = 24;

export function compactTrend(points: TrendPoint[], options: CompactTrendOptions): SVGSVGElement | HTMLElement {
  const height = options.height ?? 180;
  const marks = trendMarks(points, options, { dotRadius: 3.5, labelGapPx: 13, plotHeight: height - MARGIN_TOP - MARGIN_BOTTOM, labelDx: 13, fontSize: 11 });
  const chart = Plot.plot({
    ...(options.document ? { document: options.document } : {}),
    width: options.width ?? 360,
    height,
    marginTop: MARGIN_TOP,
    marginBottom: MARGIN_BOTTOM,
    marginLeft: 38,
    marginRight: 96,
    x: waveAxis(points, 0.2),
    y: { domain: [0, 1], ticks: [0, 0.5, 1], grid: true, label: null, tickFormat: (d: number) => options.formatShare(d) },
    color: { domain: options.series, range: marks.colours },
    marks: [options.intervals ? marks.band : null, Plot.ruleY([0]), marks.line, marks.dots, ...marks.labels],
  });
  return labelChart(chart, options);
}
