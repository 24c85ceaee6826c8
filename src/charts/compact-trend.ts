/**
 * A small trend for cards (topic pages, home): the key share of each series across waves as lines
 * with dots, on a fixed 0–100% axis, and only the last value written, beside the series name, in the
 * line's colour (direct-labels.ts), spread apart so close lines never print over each other.
 * With `intervals` (the phone variant of an indicator's trend, whose caption announces them) each line
 * carries its 95% interval as a faint band, as in the wide chart; cards leave the bands out.
 */
import * as Plot from '@observablehq/plot';
import { categoricalColours } from '../lib/palette.ts';
import { labelChart, valueLabel } from './accessible.ts';
import { directLabels, tagSeries } from './direct-labels.ts';
import type { ChartEnvironment, ChartText, TrendPoint } from './types.ts';

export interface CompactTrendOptions extends ChartEnvironment, ChartText {
  /** Series in colour order. */
  series: string[];
  /** One colour per series (default: the categorical set in series order, for nominal series such as countries). */
  colours?: readonly string[];
  /** Height in CSS pixels (default 180). */
  height?: number;
  /** Draw each series' 95% interval as a band (default false: cards are too small to read them). */
  intervals?: boolean;
}

const MARGIN_TOP = 12;
const MARGIN_BOTTOM = 24;
/** Vertical room one end label needs, in pixels. */
const LABEL_GAP_PX = 13;

export function compactTrend(points: TrendPoint[], options: CompactTrendOptions): SVGSVGElement | HTMLElement {
  const height = options.height ?? 180;
  const colours = options.colours ? [...options.colours] : categoricalColours(options.series.length);
  const waves = [...new Set(points.map((p) => p.wave))].sort((a, b) => a - b);
  const chart = Plot.plot({
    ...(options.document ? { document: options.document } : {}),
    width: options.width ?? 360,
    height,
    marginTop: MARGIN_TOP,
    marginBottom: MARGIN_BOTTOM,
    marginLeft: 38,
    marginRight: 96,
    x: { type: 'point', domain: waves, label: null, tickFormat: (d: number) => String(d), padding: 0.2 },
    y: { domain: [0, 1], ticks: [0, 0.5, 1], grid: true, label: null, tickFormat: (d: number) => options.formatShare(d) },
    color: { domain: options.series, range: colours },
    marks: [
      options.intervals ? Plot.areaY(points, { x: 'wave', y1: 'lo', y2: 'hi', z: 'series', fill: 'series', fillOpacity: 0.14 }) : null,
      Plot.ruleY([0]),
      Plot.lineY(points, { x: 'wave', y: 'share', z: 'series', stroke: 'series', strokeWidth: 2.5 }),
      Plot.dot(points, {
        x: 'wave', y: 'share', stroke: 'series', r: 3.5, strokeWidth: 2,
        fill: (p: TrendPoint) => (p.unreliable ? 'white' : p.series),
        title: (p: TrendPoint) => `${p.series}, ${p.wave}: ${valueLabel(options, p.share, p.unreliable)} (95%: ${options.formatShare(p.lo)}–${options.formatShare(p.hi)})`,
        render: tagSeries(points, true),
      }),
      ...directLabels(points, {
        series: options.series, colours, gapPx: LABEL_GAP_PX, plotHeight: height - MARGIN_TOP - MARGIN_BOTTOM, dx: 13, fontSize: 11,
        text: (p: TrendPoint) => `${p.series} ${valueLabel(options, p.share, p.unreliable)}`,
      }),
    ],
  });
  return labelChart(chart, options);
}
