/**
 * The whole answer distribution of each group as a 100% stacked horizontal bar. Segments follow the
 * answer order; values of 8% and more are written inside their segment, so the chart reads without
 * colour.
 */
import * as Plot from '@observablehq/plot';
import { labelChart, valueLabel } from './accessible.ts';
import { labelMargin, wrappingAxis } from './group-axis.ts';
import type { AnswerShare, ChartEnvironment, ChartText } from './types.ts';

export interface StackedBarsOptions extends ChartEnvironment, ChartText {
  groups: string[];
  /** Answers in scale order. */
  answers: string[];
  /** One colour per answer. */
  colours: string[];
}

/** Label colour that stays readable on a segment's fill. */
function inkOn(fill: string): string {
  const n = parseInt(fill.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return 0.299 * r + 0.587 * g + 0.114 * b > 150 ? '#1b1f24' : '#ffffff';
}

export function stackedBars(data: AnswerShare[], options: StackedBarsOptions): SVGSVGElement | HTMLElement {
  const colourOf = new Map(options.answers.map((a, i) => [a, options.colours[i] ?? '#888888']));
  const stack = { y: 'group', x: 'share', fill: 'answer', order: options.answers } as const;
  const width = options.width ?? 640;
  const marginLeft = labelMargin(options.groups, width);
  const chart = Plot.plot({
    ...(options.document ? { document: options.document } : {}),
    width,
    height: 40 + 34 * options.groups.length,
    marginLeft,
    marginRight: 16,
    x: { domain: [0, 1], label: null, tickFormat: (d: number) => options.formatShare(d) },
    y: { domain: options.groups, label: null, padding: 0.2 },
    color: { domain: options.answers, range: options.colours },
    marks: [
      Plot.barX(data, Plot.stackX({
        ...stack, stroke: 'white', strokeWidth: 1,
        title: (d: AnswerShare) => `${d.group} · ${d.answer}: ${valueLabel(options, d.share, d.unreliable, d.mark)}`,
      })),
      Plot.text(data.filter((d) => d.share >= 0.08), Plot.stackX({
        ...stack, fontSize: 11,
        fill: (d: AnswerShare) => inkOn(colourOf.get(d.answer) ?? '#888888'),
        text: (d: AnswerShare) => valueLabel(options, d.share, d.unreliable, d.mark),
      })),
      wrappingAxis('y', marginLeft),
    ],
  });
  return labelChart(chart, options);
}
