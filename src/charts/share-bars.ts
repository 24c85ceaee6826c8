/**
 * Key share per group as horizontal bars, each with its 95% interval as a whisker and its value written
 * beside it. Used for the latest wave by a demographic.
 */
import * as Plot from '@observablehq/plot';
import { PALETTE } from './palette.ts';
import { labelChart, valueLabel } from './accessible.ts';
import { labelMargin, wrappingAxis } from './group-axis.ts';
import type { ChartEnvironment, ChartText, ShareBar } from './types.ts';

export interface ShareBarsOptions extends ChartEnvironment, ChartText {
  /** Groups in display order. */
  groups: string[];
}

export function shareBars(bars: ShareBar[], options: ShareBarsOptions): SVGSVGElement | HTMLElement {
  const width = options.width ?? 640;
  const marginLeft = labelMargin(options.groups, width);
  const chart = Plot.plot({
    ...(options.document ? { document: options.document } : {}),
    width,
    height: 34 + 30 * options.groups.length,
    marginLeft,
    marginRight: 56,
    x: { domain: [0, 1], grid: true, label: null, tickFormat: (d: number) => options.formatShare(d) },
    y: { domain: options.groups, label: null, padding: 0.25 },
    marks: [
      Plot.barX(bars, {
        y: 'group', x: 'share', fill: PALETTE.categorical[0],
        fillOpacity: (b: ShareBar) => (b.unreliable ? 0.45 : 1),
        title: (b: ShareBar) => `${b.group}: ${valueLabel(options, b.share, b.unreliable)} (95%: ${options.formatShare(b.lo)}–${options.formatShare(b.hi)})`,
      }),
      Plot.ruleY(bars, { y: 'group', x1: 'lo', x2: 'hi', stroke: PALETTE.ink, strokeWidth: 1.5 }),
      Plot.text(bars, {
        y: 'group', x: 'hi', dx: 6, textAnchor: 'start', fontSize: 11, fill: PALETTE.ink,
        text: (b: ShareBar) => valueLabel(options, b.share, b.unreliable),
      }),
      Plot.ruleX([0]),
      wrappingAxis('y', marginLeft),
    ],
  });
  return labelChart(chart, options);
}
