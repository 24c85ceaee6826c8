/**
 * A question's key share across years as KCSS published it, one series per country: open circles on a
 * dashed line, so it never reads as the portal's own estimate. The portal's own value from the
 * microdata is a filled square with its 95% interval, in the same country colour, so the two can be set
 * side by side without being mistaken for each other. Published values carry no interval: the reports
 * give none. Conflicting figures of one year are both drawn. Every value and source is in the table
 * under the chart and in the dots' tooltips.
 */
import * as Plot from '@observablehq/plot';
import { PALETTE, categoricalColours } from './palette.ts';
import { labelChart } from './accessible.ts';
import type { ChartEnvironment, ChartText } from './types.ts';

export interface PublishedSeriesPoint {
  /** Country name, as shown (one of `series`). */
  series: string;
  year: number;
  /** The published share, 0..1. */
  share: number;
  /** "about 45%" and the like, for the tooltip. */
  printed: string;
}

export interface PortalPoint {
  series: string;
  year: number;
  share: number;
  lo: number;
  hi: number;
}

export interface PublishedSeriesOptions extends ChartEnvironment, ChartText {
  /** Countries in colour order (the same order as every other chart of the site). */
  series: string[];
  height?: number;
  /** Tooltip words: "published by KCSS", "this portal, from the microdata". */
  publishedWord: string;
  portalWord: string;
}

export function publishedSeries(published: PublishedSeriesPoint[], portal: PortalPoint[], options: PublishedSeriesOptions): SVGSVGElement | HTMLElement {
  const colours = categoricalColours(options.series.length);
  const years = [...new Set([...published, ...portal].map((p) => p.year))].sort((a, b) => a - b);
  const chart = Plot.plot({
    ...(options.document ? { document: options.document } : {}),
    width: options.width ?? 640,
    height: options.height ?? 300,
    marginTop: 20,
    marginBottom: 30,
    marginLeft: 44,
    marginRight: 16,
    x: { type: 'point', domain: years, label: null, tickFormat: (d: number) => String(d), padding: 0.3 },
    y: { domain: [0, 1], grid: true, label: null, tickFormat: (d: number) => options.formatShare(d) },
    color: { domain: options.series, range: colours },
    marks: [
      Plot.lineY(published, { x: 'year', y: 'share', z: 'series', stroke: 'series', strokeWidth: 1.5, strokeDasharray: '4,3', sort: 'year' }),
      Plot.dot(published, {
        x: 'year', y: 'share', stroke: 'series', fill: 'white', r: 4.5, strokeWidth: 2, symbol: 'circle',
        title: (p: PublishedSeriesPoint) => `${p.series}, ${p.year}: ${p.printed} (${options.publishedWord})`,
      }),
      Plot.ruleX(portal, { x: 'year', y1: 'lo', y2: 'hi', stroke: 'series', strokeWidth: 2 }),
      Plot.dot(portal, {
        x: 'year', y: 'share', fill: 'series', stroke: PALETTE.ink, strokeWidth: 1, r: 5, symbol: 'square',
        title: (p: PortalPoint) => `${p.series}, ${p.year}: ${options.formatShare(p.share)} (95%: ${options.formatShare(p.lo)}–${options.formatShare(p.hi)}; ${options.portalWord})`,
      }),
      Plot.ruleY([0]),
    ],
  });
  return labelChart(chart, options);
}
