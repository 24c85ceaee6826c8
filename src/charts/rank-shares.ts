/**
 * Women's share at each rank of an institution: one horizontal bar per rank, the hierarchy top to bottom
 * in its real order (highest rank first), the value written beside each bar, and parity (50%) marked by
 * a dashed line with its label. The axis always runs from 0 to 100%, so distance from parity reads true.
 */
import * as Plot from '@observablehq/plot';
import { PALETTE } from './palette.ts';
import { labelChart } from './accessible.ts';
import type { ChartEnvironment, ChartText } from './types.ts';

export interface RankShare {
  /** Rank name, as shown. */
  rank: string;
  /** Share in 0..1. */
  share: number;
}

export interface RankSharesOptions extends ChartEnvironment, ChartText {
  /** Ranks from highest to lowest: the order of the bars, top to bottom. */
  ranks: string[];
  /** Label of the parity line, e.g. "Parity: 50%". */
  parityLabel: string;
}

export const PARITY = 0.5;

/** Room for the rank names left of the bars: about 6 px per character at Plot's 10 px font. */
function leftMargin(ranks: readonly string[]): number {
  const longest = Math.max(0, ...ranks.map((rank) => rank.length));
  return Math.min(170, 14 + 6 * longest);
}

export function rankShares(data: RankShare[], options: RankSharesOptions): SVGSVGElement | HTMLElement {
  const chart = Plot.plot({
    ...(options.document ? { document: options.document } : {}),
    width: options.width ?? 640,
    height: 58 + 30 * options.ranks.length,
    marginTop: 30,
    marginLeft: leftMargin(options.ranks),
    marginRight: 48,
    x: { domain: [0, 1], grid: true, label: null, tickFormat: (d: number) => options.formatShare(d) },
    y: { domain: options.ranks, label: null, padding: 0.25 },
    marks: [
      Plot.barX(data, {
        y: 'rank', x: 'share', fill: PALETTE.categorical[1],
        title: (d: RankShare) => `${d.rank}: ${options.formatShare(d.share)}`,
      }),
      Plot.text(data, {
        y: 'rank', x: 'share', dx: 6, textAnchor: 'start', fontSize: 11, fill: PALETTE.ink,
        text: (d: RankShare) => options.formatShare(d.share),
      }),
      Plot.ruleX([PARITY], { stroke: PALETTE.ink, strokeWidth: 1.5, strokeDasharray: '5,4' }),
      Plot.text([PARITY], { x: (d: number) => d, frameAnchor: 'top', dy: -16, textAnchor: 'middle', fontSize: 11, fill: PALETTE.ink, text: () => options.parityLabel }),
      Plot.ruleX([0]),
    ],
  });
  return labelChart(chart, options);
}
