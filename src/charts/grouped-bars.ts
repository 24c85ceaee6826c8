/**
 * Answers × groups as grouped horizontal bars: one panel row per answer, one bar per group, each with its
 * 95% interval and its value written beside it.
 */
import * as Plot from '@observablehq/plot';
import { PALETTE, categoricalColours } from './palette.ts';
import { labelChart, valueLabel } from './accessible.ts';
import { labelMargin, wrappingAxis } from './group-axis.ts';
import type { AnswerShare, ChartEnvironment, ChartText } from './types.ts';

export interface GroupedBarsOptions extends ChartEnvironment, ChartText {
  groups: string[];
  answers: string[];
}

export function groupedBars(data: AnswerShare[], options: GroupedBarsOptions): SVGSVGElement | HTMLElement {
  const rowHeight = 18;
  const width = options.width ?? 640;
  const marginLeft = labelMargin(options.answers, width);
  const chart = Plot.plot({
    ...(options.document ? { document: options.document } : {}),
    width,
    height: 30 + options.answers.length * (options.groups.length * rowHeight + 26),
    marginLeft,
    marginRight: 60,
    x: { domain: [0, 1], grid: true, label: null, tickFormat: (d: number) => options.formatShare(d), axis: 'top' },
    y: { domain: options.groups, label: null, axis: null, padding: 0.12 },
    fy: { domain: options.answers, label: null, padding: 0.3 },
    color: { domain: options.groups, range: categoricalColours(options.groups.length) },
    marks: [
      Plot.barX(data, {
        fy: 'answer', y: 'group', x: 'share', fill: 'group',
        fillOpacity: (d: AnswerShare) => (d.unreliable ? 0.45 : 1),
        title: (d: AnswerShare) => `${d.answer} · ${d.group}: ${valueLabel(options, d.share, d.unreliable, d.mark)} (95%: ${options.formatShare(d.lo)}–${options.formatShare(d.hi)})`,
      }),
      Plot.ruleY(data, { fy: 'answer', y: 'group', x1: 'lo', x2: 'hi', stroke: PALETTE.ink }),
      // Caps at both ends, so a whisker reads as an interval and not as a bar's outline.
      Plot.tickX(data, { fy: 'answer', y: 'group', x: 'lo', stroke: PALETTE.ink, insetTop: 4, insetBottom: 4 }),
      Plot.tickX(data, { fy: 'answer', y: 'group', x: 'hi', stroke: PALETTE.ink, insetTop: 4, insetBottom: 4 }),
      Plot.text(data, {
        fy: 'answer', y: 'group', x: 'hi', dx: 5, textAnchor: 'start', fontSize: 10, fill: PALETTE.ink,
        text: (d: AnswerShare) => `${d.group}: ${valueLabel(options, d.share, d.unreliable, d.mark)}`,
      }),
      wrappingAxis('fy', marginLeft),
    ],
  });
  return labelChart(chart, options);
}
