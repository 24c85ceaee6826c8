/**
 * The sentences around a cross-tab, in the page language: its title and subtitle, the chi-square result,
 * the notes under the chart (base, filters, weighting, source, licence, synthetic data) and the citation.
 * Shared by the page, the image and CSV exports and the embed page, so they always say the same thing.
 */
import { pluralForm } from '../plural.ts';
import { hasDesignWeights, type ResolvedCodebook } from '../codebook/resolved.ts';
import { fillSlots } from '../fill-slots.ts';
import { releaseYear } from '../release.ts';
import { formatCount, formatDecimal, formatPercent, formatPValue } from '../format.ts';
import type { Lang } from '../i18n-langs.ts';
import { isSparse, SIGNIFICANCE_LEVEL } from '../stats/index.ts';
import type { ExplorerState } from './state.ts';
import type { ExplorerStrings } from './strings.ts';
import { valueLabel, variableLabel, type ExplorerView } from './view.ts';

// The explorer's modules fill their strings from here; the filler itself is shared by the whole site.
export { fillSlots } from '../fill-slots.ts';

/** "Country: Kosovo; Wave: 2023, 2024", or null without filters. */
export function describeFilters(codebook: ResolvedCodebook, state: ExplorerState): string | null {
  const parts = Object.keys(state.filters)
    .filter((id) => (state.filters[id]?.length ?? 0) > 0)
    .sort((a, b) => codebook.demographics.findIndex((d) => d.id === a) - codebook.demographics.findIndex((d) => d.id === b))
    .map((id) => `${variableLabel(codebook, id)}: ${(state.filters[id] ?? []).map((code) => valueLabel(codebook, id, code)).join(', ')}`);
  return parts.length > 0 ? parts.join('; ') : null;
}

/**
 * What a view shows, in one line for the sticky summary above the result on phones:
 * "Trust in the police · by country · no filters".
 */
export function viewSummary(view: ExplorerView, codebook: ResolvedCodebook, strings: ExplorerStrings): string {
  const filters = describeFilters(codebook, view.state);
  return [
    view.question.short,
    view.breakdownLabel === null ? strings.table_all : fillSlots(strings.summary_by, { breakdown: view.breakdownLabel }),
    filters === null ? strings.summary_no_filters : fillSlots(strings.summary_filters, { filters }),
  ].join(' · ');
}

/** The reader's own title, or the question's short label. */
export function chartTitle(view: ExplorerView): string {
  return view.state.title ?? view.question.short;
}

/** The reader's own subtitle, or the wording and the breakdown. */
export function chartSubtitle(view: ExplorerView, strings: ExplorerStrings): string {
  if (view.state.subtitle !== null) return view.state.subtitle;
  return view.breakdownLabel === null
    ? fillSlots(strings.chart_subtitle_all, { wording: view.wording })
    : fillSlots(strings.chart_subtitle, { wording: view.wording, breakdown: view.breakdownLabel });
}

export function tableCaption(view: ExplorerView, strings: ExplorerStrings): string {
  if (view.measureLabel !== null) {
    const slots = { question: view.question.short, measure: view.measureLabel, breakdown: view.breakdownLabel ?? '' };
    return fillSlots(view.breakdownLabel === null ? strings.table_caption_group_all : strings.table_caption_group, slots);
  }
  return view.breakdownLabel === null
    ? fillSlots(strings.table_caption_all, { question: view.question.short })
    : fillSlots(strings.table_caption, { question: view.question.short, breakdown: view.breakdownLabel });
}

/**
 * The chi-square result in plain sentences that claim no more than the test can: "design-corrected"
 * only when design weights were used, a caveat when Cochran's rule is broken, and a reminder that
 * suppressed groups are not in the test.
 */
export function chiSquareSentence(view: ExplorerView, strings: ExplorerStrings, lang: Lang): string {
  const chi = view.chiSquare;
  if (!chi) return strings.chi_none;
  const p = chi.pValue < 0.001 ? formatPValue(lang, chi.pValue) : `= ${formatPValue(lang, chi.pValue)}`;
  const template = view.designWeighted ? strings.chi_stats_corrected : strings.chi_stats;
  const stats = fillSlots(template, { chi: formatDecimal(lang, chi.statistic, 1), df: chi.df, p });
  const sentences = [fillSlots(chi.pValue < SIGNIFICANCE_LEVEL ? strings.chi_significant : strings.chi_not_significant, { stats })];
  if (isSparse(chi)) sentences.push(fillSlots(strings.chi_sparse, { share: formatPercent(lang, chi.smallExpectedShare) }));
  if (view.columns.some((c) => c.reliability === 'suppressed')) sentences.push(strings.chi_shown_only);
  return sentences.join(' ');
}

/** The base of the view: "Base: 5,809 respondents (effective n 4,063)." */
export function baseNote(view: ExplorerView, strings: ExplorerStrings, lang: Lang): string {
  const base = fillSlots(pluralForm(lang, strings.note_base, view.totalN), { n: formatCount(lang, view.totalN), neff: formatCount(lang, view.totalNEff ?? view.totalN) });
  return view.totalNEff === null ? base.replace(/\s*\([^)]*\)/, '') : base;
}

export function sourceNote(codebook: ResolvedCodebook, strings: ExplorerStrings): string {
  const { title, publisher, version } = codebook.dataset;
  return fillSlots(strings.note_source, { dataset: title, publisher, version });
}

/** The marks of a cell that differs from the reference group (in the table and on the chart). */
export const COMPARISON_MARKS = { higher: '▲', lower: '▼' } as const;

/** What the ▲/▼ marks mean, naming the test and its correction; '' without a reference group. */
export function comparisonLegend(view: ExplorerView, strings: ExplorerStrings, lang: Lang): string {
  if (!view.reference) return '';
  return fillSlots(pluralForm(lang, strings.compare_legend, view.reference.comparisons), { ref: view.reference.label, count: formatCount(lang, view.reference.comparisons) });
}

/** Which answers a group adds up, or null when every answer is shown. */
export function measureNote(view: ExplorerView, codebook: ResolvedCodebook, strings: ExplorerStrings): string | null {
  const row = view.rows[0];
  if (view.measureLabel === null || !row) return null;
  return fillSlots(strings.note_measure, { answers: row.codes.map((code) => valueLabel(codebook, view.question.id, code)).join(', ') });
}

/** What the weighting of a view is; a dataset without design weights says so whatever the state. */
export function weightingNote(view: ExplorerView, codebook: ResolvedCodebook, strings: ExplorerStrings): string {
  if (!hasDesignWeights(codebook.dataset)) return strings.note_no_weights;
  return view.state.weighted ? strings.note_weighted : strings.note_unweighted;
}

/**
 * Every note under a chart, in reading order: base, filters, weighting, missing codes, reliability
 * marks (only when the table has such cells), source, licence, synthetic-data notice.
 */
export function chartNotes(view: ExplorerView, codebook: ResolvedCodebook, strings: ExplorerStrings, lang: Lang): string[] {
  const filters = describeFilters(codebook, view.state);
  const reliabilities = new Set(view.columns.map((c) => c.reliability));
  const measure = measureNote(view, codebook, strings);
  return [
    ...(measure === null ? [] : [measure]),
    baseNote(view, strings, lang),
    filters === null ? strings.note_no_filters : fillSlots(strings.note_filters, { filters }),
    weightingNote(view, codebook, strings),
    view.state.includeMissing ? strings.note_missing_included : strings.note_missing_excluded,
    ...(reliabilities.has('unreliable') ? [strings.note_unreliable] : []),
    ...(reliabilities.has('suppressed') ? [strings.note_suppressed] : []),
    ...(view.reference ? [comparisonLegend(view, strings, lang)] : []),
    sourceNote(codebook, strings),
    strings.note_licence,
    ...(codebook.dataset.synthetic ? [`${strings.synthetic_title}: ${strings.synthetic_short}`] : []),
  ];
}

/** The year of the dataset version (its changelog entry), for citations. */
export function versionYear(codebook: ResolvedCodebook): number {
  return releaseYear(codebook.dataset);
}

/** How to cite the data, with a link to the view. */
export function citation(codebook: ResolvedCodebook, strings: ExplorerStrings, url: string): string {
  const { title, publisher, version } = codebook.dataset;
  return fillSlots(strings.citation, { publisher, year: versionYear(codebook), dataset: title, version, url });
}

/** The chart's accessible description: its shape and its largest share, generated from the data. */
export function chartDescription(view: ExplorerView, strings: ExplorerStrings, lang: Lang): string {
  let best: { answer: string; group: string; share: number } | null = null;
  for (const row of view.rows) {
    for (const cell of row.cells) {
      if (cell.share !== null && (best === null || cell.share > best.share)) best = { answer: row.label, group: cell.column.label, share: cell.share };
    }
  }
  if (best === null) return strings.chart_empty;
  const { answer, group, share } = best;
  return fillSlots(strings.chart_description, {
    question: view.question.short,
    breakdown: view.breakdownLabel ?? strings.table_all,
    groups: view.columns.length,
    answers: view.rows.length,
    answer,
    group,
    share: formatPercent(lang, share),
  });
}
