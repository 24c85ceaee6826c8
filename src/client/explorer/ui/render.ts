/**
 * Puts a computed view on the page: the chart's frame and chart (drawn with the shared chart functions
 * at the width the page gives it) and the result table, from the same builders the build uses.
 */
import type { ResolvedCodebook } from '../../../lib/codebook/resolved.ts';
import { drawChart } from '../../../lib/explorer/draw-chart.ts';
import { viewSummary } from '../../../lib/explorer/describe.ts';
import { explorerFigure, type ExplorerFigure } from '../../../lib/explorer/figure.ts';
import type { ExplorerConfig } from '../../../lib/explorer/page-config.ts';
import { figureHtml, resultTableHtml } from '../../../lib/explorer/result-html.ts';
import { serializeState } from '../../../lib/explorer/state.ts';
import type { ExplorerView } from '../../../lib/explorer/view.ts';

export interface RenderTargets {
  figure: HTMLElement;
  table?: HTMLElement;
  /** The one-line summary of what is shown (the explorer page's sticky bar on phones). */
  summary?: HTMLElement | null;
}

export interface RenderedView {
  view: ExplorerView;
  figure: ExplorerFigure;
  /** The drawn chart, or null when there was nothing to draw. */
  chart: SVGSVGElement | HTMLElement | null;
}

/** The width to draw at: the slot's width, within what the chart functions lay out well. */
function chartWidth(slot: HTMLElement): number {
  const available = Math.floor(slot.getBoundingClientRect().width);
  return Math.max(320, Math.min(760, available > 0 ? available : 640));
}

export function renderView(view: ExplorerView, codebook: ResolvedCodebook, config: ExplorerConfig, targets: RenderTargets): RenderedView {
  const figure = explorerFigure(view, codebook, config.strings, config.lang);
  targets.figure.innerHTML = figureHtml({ ...figure.parts, chartMarkup: '' }, config.strings);
  const slot = targets.figure.querySelector<HTMLElement>('[data-chart-slot]');
  let chart: SVGSVGElement | HTMLElement | null = null;
  if (slot && figure.spec.kind !== 'empty') {
    chart = drawChart(figure.spec, { ...figure.text, width: chartWidth(slot) });
    if (chart) slot.append(chart);
  }
  if (targets.table) targets.table.innerHTML = resultTableHtml(view, config.strings, config.lang);
  if (targets.summary) targets.summary.textContent = viewSummary(view, codebook, config.strings);
  return { view, figure, chart };
}

/**
 * Records on the element which state it shows and where it came from, for scripts and tests: the build
 * (null), or computed in the browser ("engine": by DuckDB's SQL on the explorer, from the columns on an embed).
 */
export function markSource(element: HTMLElement, view: ExplorerView, sql: string | null): void {
  element.dataset['viewQuery'] = serializeState(view.state);
  element.dataset['source'] = sql === null ? 'build' : 'engine';
}
