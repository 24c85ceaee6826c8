/**
 * Key share by series (usually country) across waves: a line per series with its 95% interval as a band
 * and dots at every wave (hollow where the value rests on 30–49 respondents). Each line ends in a label
 * with the series name and its latest value, in the line's colour (direct-labels.ts). Every value is in
 * the dot's tooltip and in the data table under the chart.
 */
import * as Plot from '@observablehq/plot';
import { categoricalColours } from '../lib/palette.ts';
import { labelChart, valueLabel } from './accessible.ts';
import { directLabels, tagSeries } from './direct-labels.ts';
import type { ChartEnvironment, ChartText, TrendPoint } from './types.ts';

export interface TrendLinesOptions extends ChartEnvironment, ChartText {
  /** Series in legend/colour order. */
  series: string[];
  /** One colour per series (default: the categorical set in series order, for nominal series such as countries). */
  colours?: readonly string[];
  /** Height in CSS pixels (default 320). */
  height?: number;
}

const MARGIN_TOP = 20;
const MARGIN_BOTTOM = 30;
/** Vertical room one end label needs, in pixels. */
const LABEL_GAP_PX = 15;

export function trendLines(points: TrendPoint[], options: TrendLinesOptions): SVGSVGElement | HTMLElement {
  const height = options.height ?? 320;
  const colours = options.colours ? [...options.colours] : categoricalColours(options.series.length);
  const waves = [...new Set(points.map((p) => p.wave))].sort((a, b) => a - b);
  const chart = Plot.plot({
    ...(options.document ? { document: options.document } : {}),
    width: options.width ?? 640,
    height,
    marginTop: MARGIN_TOP,
    marginBottom: MARGIN_BOTTOM,
    marginRight: 120,
    marginLeft: 44,
    x: { type: 'point', domain: waves, label: null, tickFormat: (d: number) => String(d), padding: 0.3 },
    y: { domain: [0, 1], grid: true, label: null, tickFormat: (d: number) => options.formatShare(d) },
    color: { domain: options.series, range: colours },
    marks: [
      Plot.areaY(points, { x: 'wave', y1: 'lo', y2: 'hi', z: 'series', fill: 'series', fillOpacity: 0.14 }),
      Plot.lineY(points, { x: 'wave', y: 'share', z: 'series', stroke: 'series', strokeWidth: 2.5 }),
      Plot.dot(points, {
        x: 'wave', y: 'share', stroke: 'series', r: 4, strokeWidth: 2,
        fill: (p: TrendPoint) => (p.unreliable ? 'white' : p.series),
        title: (p: TrendPoint) => `${p.series}, ${p.wave}: ${valueLabel(options, p.share, p.unreliable, p.mark)} (95%: ${options.formatShare(p.lo)}–${options.formatShare(p.hi)})`,
        render: tagSeries(points, true),
      }),
      ...directLabels(points, {
        series: options.series, colours, gapPx: LABEL_GAP_PX, plotHeight: height - MARGIN_TOP - MARGIN_BOTTOM, dx: 14, fontSize: 12,
        text: (p: TrendPoint) => `${p.series} ${valueLabel(options, p.share, p.unreliable, p.mark)}`,
      }),
      Plot.ruleY([0]),
    ],
  });
  return labelChart(chart, options);
}
