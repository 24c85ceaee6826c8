/**
 * The result table and the chart's frame as HTML strings: the build writes them into the page for the
 * default view, the browser writes them for every later view, so both are the same markup. Every text
 * is escaped; numbers are also written, unformatted, into data attributes (for tests and scripts).
 */
import { pluralForm } from '../plural.ts';
import { formatCount, formatPercent, formatPercentNumber } from '../format.ts';
import type { Lang } from '../i18n-langs.ts';
import type { LegendItem } from './chart-spec.ts';
import { chiSquareSentence, COMPARISON_MARKS, comparisonLegend, fillSlots, tableCaption } from './describe.ts';
import type { ExplorerStrings } from './strings.ts';
import type { CellView, ExplorerView } from './view.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function attr(name: string, value: string | number | null): string {
  return ` ${name}="${value === null ? '' : escapeHtml(String(value))}"`;
}

/** A mark whose reason shows on hover and on keyboard focus (and is read with the mark by screen readers). */
function flag(mark: string, reason: string): string {
  return `<span class="flag" tabindex="0">${escapeHtml(mark)}<span class="flag-reason">${escapeHtml(reason)}</span></span>`;
}

/** The ▲/▼ of a cell that differs from the reference group, with its reason. */
function comparisonFlag(cell: CellView, reference: string | null, strings: ExplorerStrings): string {
  if (reference === null || (cell.comparison !== 'higher' && cell.comparison !== 'lower')) return '';
  const mark = COMPARISON_MARKS[cell.comparison];
  const reason = cell.comparison === 'higher' ? strings.compare_higher_reason : strings.compare_lower_reason;
  return `<span class="diff diff-${cell.comparison}">${flag(mark, fillSlots(reason, { ref: reference }))}</span>`;
}

function cellHtml(cell: CellView, strings: ExplorerStrings, lang: Lang, reference: string | null): string {
  const { column } = cell;
  const data = attr('data-row-code', cell.row) + attr('data-col', column.code) + attr('data-share', cell.share) +
    attr('data-lo', cell.lo) + attr('data-hi', cell.hi) + attr('data-cell-n', cell.n) + attr('data-n', column.n) +
    attr('data-neff', column.nEff) + attr('data-reliability', column.reliability) +
    (cell.comparison === null ? '' : attr('data-comparison', cell.comparison));
  if (cell.share === null || column.reliability === 'suppressed') {
    return `<td class="num suppressed"${data}>${flag('—', fillSlots(pluralForm(lang, strings.cell_suppressed_reason, column.n), { n: formatCount(lang, column.n) }))}</td>`;
  }
  const lo = formatPercentNumber(lang, cell.lo ?? cell.share);
  const hi = formatPercentNumber(lang, cell.hi ?? cell.share);
  const mark = (column.reliability === 'unreliable'
    ? flag('*', fillSlots(pluralForm(lang, strings.cell_unreliable_reason, column.n), { n: formatCount(lang, column.n) }))
    : '') + comparisonFlag(cell, reference, strings);
  return `<td class="num"${data}><span class="share">${escapeHtml(formatPercent(lang, cell.share, 1))}</span>${mark}` +
    `<span class="ci"><span aria-hidden="true">${escapeHtml(`${lo}–${hi}`)}</span>` +
    `<span class="visually-hidden">${escapeHtml(fillSlots(strings.cell_ci, { lo, hi }))}</span></span></td>`;
}

export function resultTableHtml(view: ExplorerView, strings: ExplorerStrings, lang: Lang): string {
  const head = `<tr><th scope="col">${escapeHtml(strings.table_answer)}</th>${view.columns
    .map((c) => `<th scope="col" class="num"${attr('data-col', c.code)}>${escapeHtml(c.label)}${c.code === view.reference?.code
      ? ` <span class="reference-mark">(${escapeHtml(strings.compare_reference)})</span>` : ''}</th>`).join('')}</tr>`;
  const body = view.rows.map((row) => {
    const cells = row.cells.map((cell) => cellHtml(cell, strings, lang, view.reference?.label ?? null));
    return `<tr${attr('data-row-code', row.code)}${row.missing ? ' class="missing"' : ''}><th scope="row">${escapeHtml(row.label)}</th>${cells.join('')}</tr>`;
  }).join('');
  const nRow = view.columns.map((c) => `<td class="num"${attr('data-col', c.code)}${attr('data-n', c.n)}>${escapeHtml(formatCount(lang, c.n))}</td>`).join('');
  const nEffRow = view.columns.map((c) => `<td class="num"${attr('data-col', c.code)}${attr('data-neff', c.nEff)}>${escapeHtml(formatCount(lang, c.nEff))}</td>`).join('');
  const foot = `<tr class="base-n"><th scope="row">${escapeHtml(strings.table_n)}</th>${nRow}</tr>` +
    `<tr class="base-neff"><th scope="row">${escapeHtml(strings.table_neff)}</th>${nEffRow}</tr>`;
  const chi = view.chiSquare;
  const chiData = chi ? attr('data-chi', chi.statistic) + attr('data-df', chi.df) + attr('data-p', chi.pValue) : '';
  return `<div class="table-scroll" role="region" tabindex="0"${attr('aria-label', strings.table_scroll_label)}>` +
    `<table class="result-table"${attr('data-question', view.state.question)}${attr('data-breakdown', view.state.breakdown)}>` +
    `<caption>${escapeHtml(tableCaption(view, strings))}</caption><thead>${head}</thead><tbody>${body}</tbody><tfoot>${foot}</tfoot></table></div>` +
    `<p class="table-legend">${escapeHtml(strings.table_legend)}</p>` +
    (view.reference ? `<p class="comparison-legend">${escapeHtml(comparisonLegend(view, strings, lang))}</p>` : '') +
    `<p class="chi-sentence"${chiData}>${escapeHtml(chiSquareSentence(view, strings, lang))}</p>`;
}

export interface FigureParts {
  kind: string;
  title: string;
  subtitle: string;
  legend: LegendItem[];
  notes: string[];
  /** The chart's markup, or '' to leave the chart slot empty (the browser appends the element). */
  chartMarkup: string;
  /** Shown instead of a chart when there is nothing to draw. */
  emptyText: string | null;
}

export function figureHtml(parts: FigureParts, strings: ExplorerStrings): string {
  const legend = parts.legend.length > 1
    ? `<ul class="figure-legend"${attr('aria-label', strings.legend_label)}>${parts.legend
      .map((item) => item.kind === 'interval'
        ? `<li><span class="swatch interval" aria-hidden="true"></span>${escapeHtml(item.label)}</li>`
        : `<li><span class="swatch" aria-hidden="true"${attr('style', `background:${item.colour}`)}></span>${escapeHtml(item.label)}</li>`).join('')}</ul>`
    : '';
  const chart = parts.emptyText === null ? parts.chartMarkup : `<p class="chart-empty">${escapeHtml(parts.emptyText)}</p>`;
  return `<figure class="explorer-figure"${attr('data-chart-kind', parts.kind)}>` +
    `<figcaption class="figure-head"><span class="figure-title">${escapeHtml(parts.title)}</span>` +
    `<span class="figure-subtitle">${escapeHtml(parts.subtitle)}</span></figcaption>` +
    `${legend}<div class="figure-chart" data-chart-slot>${chart}</div>` +
    `<div class="figure-notes">${parts.notes.map((note) => `<p>${escapeHtml(note)}</p>`).join('')}</div></figure>`;
}
