/**
 * Key share by series (usually country) across waves: a line per series with its 95% interval as a band
 * and dots at every wave (hollow where the value rests on 30–49 respondents). Each line ends in a label
 * with the series name and its latest value, in the line's colour (direct-labels.ts). Every value is in
 * the dot's tooltip and in the data table under the chart.
 */
import * as Plot from '@observablehq/plot';
import { labelChart } from './accessible.ts';
import { trendMarks, waveAxis, type TrendSeriesOptions } from './trend-marks.ts';
import type { ChartEnvironment, ChartText, TrendPoint } from './types.ts';

export interface TrendLinesOptions extends ChartEnvironment, ChartText, TrendSeriesOptions {
  /** Height in CSS pixels (default 320). */
  height?: number;
}

const MARGIN_TOP = 20;
const MARGIN_BOTTOM = 30;

export function trendLines(points: TrendPoint[], options: TrendLinesOptions): SVGSVGElement | HTMLElement {
  const height = options.height ?? 320;
  const marks = trendMarks(points, options, { dotRadius: 4, labelGapPx: 15, plotHeight: height - MARGIN_TOP - MARGIN_BOTTOM, labelDx: 14, fontSize: 12 });
  const chart = Plot.plot({
    ...(options.document ? { document: options.document } : {}),
    width: options.width ?? 640,
    height,
    marginTop: MARGIN_TOP,
    marginBottom: MARGIN_BOTTOM,
    marginRight: 120,
    marginLeft: 44,
    x: waveAxis(points, 0.3),
    y: { domain: [0, 1], grid: true, label: null, tickFormat: (d: number) => options.formatShare(d) },
    color: { domain: options.series, range: marks.colours },
    marks: [marks.band, marks.line, marks.dots, ...marks.labels, Plot.ruleY([0])],
  });
  return labelChart(chart, options);
}
