/**
 * Draws the explorer's chart with the shared chart functions (src/charts), against any document: the
 * browser's, or linkedom's at build time for the pre-rendered default view.
 */
import { groupedBars } from '../../charts/grouped-bars.ts';
import { stackedBars } from '../../charts/stacked-bars.ts';
import { trendLines } from '../../charts/trend-lines.ts';
import type { ChartText } from '../../charts/types.ts';
import type { ChartSpec } from './chart-spec.ts';

export interface DrawOptions extends ChartText {
  document?: Document;
  width?: number;
}

/**
 * The chart element, or null when the spec has nothing to draw. (labelChart in src/charts keeps Plot's
 * inner aria-labels off, so the chart is one image to assistive technology.)
 */
export function drawChart(spec: ChartSpec, options: DrawOptions): SVGSVGElement | HTMLElement | null {
  const environment = { ...(options.document ? { document: options.document } : {}), ...(options.width ? { width: options.width } : {}) };
  const text = { label: options.label, description: options.description, formatShare: options.formatShare };
  switch (spec.kind) {
    case 'lines':
      return trendLines(spec.points, { ...environment, ...text, series: spec.series, colours: spec.colours });
    case 'stacked':
      return stackedBars(spec.data, { ...environment, ...text, groups: spec.groups, answers: spec.answers, colours: spec.colours });
    case 'grouped':
      return groupedBars(spec.data, { ...environment, ...text, groups: spec.groups, answers: spec.answers });
    case 'empty':
      return null;
  }
}
