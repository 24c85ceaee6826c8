/**
 * Everything a chart says about itself, assembled once for the page, the embed page and the image
 * exports: title, subtitle, legend, notes, the chart spec and its accessible text.
 */
import type { ResolvedCodebook } from '../codebook/resolved.ts';
import { formatCount, formatPercent } from '../format.ts';
import type { Lang } from '../i18n-langs.ts';
import { chartSpec, type ChartSpec, type LegendItem } from './chart-spec.ts';
import { chartDescription, chartNotes, chartSubtitle, chartTitle, fillSlots } from './describe.ts';
import type { DrawOptions } from './draw-chart.ts';
import type { FigureParts } from './result-html.ts';
import type { ExplorerStrings } from './strings.ts';
import type { ExplorerView } from './view.ts';

export interface ExplorerFigure {
  spec: ChartSpec;
  parts: Omit<FigureParts, 'chartMarkup'>;
  /** The chart functions' accessible text and number format. */
  text: Omit<DrawOptions, 'document' | 'width'>;
}

export function explorerFigure(view: ExplorerView, codebook: ResolvedCodebook, strings: ExplorerStrings, lang: Lang): ExplorerFigure {
  const spec = chartSpec(view, (column) => fillSlots(strings.group_n, { label: column.label, n: formatCount(lang, column.n) }));
  const title = chartTitle(view);
  // Every chart draws 95% intervals (whiskers or bands): the legend says what they are.
  const interval: LegendItem = { label: strings.legend_interval, colour: '#1b1f24', kind: 'interval' };
  return {
    spec,
    parts: {
      kind: spec.kind,
      title,
      subtitle: chartSubtitle(view, strings),
      legend: spec.kind === 'empty' ? [] : [...spec.legend, interval],
      notes: chartNotes(view, codebook, strings, lang),
      emptyText: spec.kind === 'empty' ? strings.chart_empty : null,
    },
    text: {
      label: title,
      description: chartDescription(view, strings, lang),
      formatShare: (share: number) => formatPercent(lang, share),
    },
  };
}
