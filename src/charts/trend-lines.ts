/**
 * Key share by series (usually country) across waves: a line per series with its 95% interval as a band,
 * the value written at every point and the series named at the line's end, so colour is never the
 * only cue.
 */
import * as Plot from '@observablehq/plot';
import { categoricalColours } from '../lib/palette.ts';
import { labelChart, valueLabel } from './accessible.ts';
import type { ChartEnvironment, ChartText, TrendPoint } from './types.ts';

export interface TrendLinesOptions extends ChartEnvironment, ChartText {
  /** Series in legend/colour order. */
  series: string[];
}

export function trendLines(points: TrendPoint[], options: TrendLinesOptions): SVGSVGElement | HTMLElement {
  const colours = categoricalColours(options.series.length);
  const waves = [...new Set(points.map((p) => p.wave))].sort((a, b) => a - b);
  const last = waves[waves.length - 1];
  const ends = points.filter((p) => p.wave === last);
  const chart = Plot.plot({
    ...(options.document ? { document: options.document } : {}),
    width: options.width ?? 640,
    height: 320,
    marginRight: 90,
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
        title: (p: TrendPoint) => `${p.series}, ${p.wave}: ${valueLabel(options, p.share, p.unreliable)} (95%: ${options.formatShare(p.lo)}–${options.formatShare(p.hi)})`,
      }),
      Plot.text(points, {
        x: 'wave', y: 'share', dy: -11, fontSize: 11, fill: 'series',
        text: (p: TrendPoint) => valueLabel(options, p.share, p.unreliable),
        stroke: 'white', strokeWidth: 3, paintOrder: 'stroke',
      }),
      Plot.text(ends, {
        x: 'wave', y: 'share', dx: 10, textAnchor: 'start', fontSize: 12, fontWeight: 600, fill: 'series',
        text: 'series', stroke: 'white', strokeWidth: 3, paintOrder: 'stroke',
      }),
      Plot.ruleY([0]),
    ],
  });
  return labelChart(chart, options);
}
