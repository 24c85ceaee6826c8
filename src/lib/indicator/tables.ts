/**
 * The data tables under the charts, as plain models (caption, columns, row groups, cells as text) that
 * one Astro component renders. Building them here keeps the formatting testable and lets the browser
 * tests compare a page's cells with the pipeline's numbers.
 */
import { fill, type UiStrings } from '../../i18n/index.ts';
import { formatDecimal } from '../format.ts';
import type { Lang } from '../i18n-langs.ts';
import { crosstabLookup, SIGNIFICANCE_LEVEL, SUPPRESS_BELOW_N, UNRELIABLE_BELOW_N, type CrosstabResult } from '../stats/index.ts';
import type { CountryAggregates, QuestionAggregates } from '../survey/aggregates.ts';
import { countCell, intervalCell, pointsCell, shareCell } from './cells.ts';
import { estimateAt, keyEstimates, type Estimate } from './estimates.ts';
import type { Labels } from './labels.ts';
import { marginOfError } from './margin-of-error.ts';
import { consecutiveWaveChanges } from './significance.ts';
import { latestWave } from './chart-data.ts';

export interface TableCell {
  text: string;
  numeric: boolean;
  /** Extra words for screen readers only (e.g. "significant increase" after "▲ +4.2"). */
  srText?: string;
  /** Marks a significant change, for styling. */
  mark?: 'up' | 'down';
}

export interface TableRow {
  /** The row header (first column). */
  header: string;
  cells: TableCell[];
}

export interface TableGroup {
  /** A heading row spanning the table, or null for an ungrouped table. */
  heading: string | null;
  /** A stable id of the group (a country code), for tests and styles. */
  key?: string;
  rows: TableRow[];
}

export interface TableModel {
  caption: string;
  /** Column headers, the row-header column first. */
  columns: { label: string; numeric: boolean }[];
  groups: TableGroup[];
  notes: string[];
}

const num = (text: string): TableCell => ({ text, numeric: true });

/** Share, 95% interval, n and effective n of an estimate; a suppressed one says why in the interval cell. */
export function estimateCells(t: UiStrings, lang: Lang, e: Estimate): TableCell[] {
  const interval = intervalCell(lang, e);
  return [
    num(shareCell(lang, e)),
    interval === null ? { text: fill(t.ind_cell_suppressed, { n: SUPPRESS_BELOW_N }), numeric: false } : num(interval),
    num(countCell(lang, e.column.n)),
    num(countCell(lang, e.column.nEff)),
  ];
}

function estimateColumns(t: UiStrings): TableModel['columns'] {
  return [
    { label: t.ind_th_share, numeric: true },
    { label: t.ind_th_ci, numeric: true },
    { label: t.ind_th_n, numeric: true },
    { label: t.ind_th_neff, numeric: true },
  ];
}

/** The note on * and —, only for tables that show either. */
function reliabilityNotes(t: UiStrings, estimates: Estimate[]): string[] {
  if (estimates.every((e) => e.column.reliability === 'ok')) return [];
  return [fill(t.ind_table_note_unreliable, { low: SUPPRESS_BELOW_N, high: UNRELIABLE_BELOW_N - 1 })];
}

/** Key share by country and wave, with the change from the previous wave and its significance. */
export function trendTable(t: UiStrings, lang: Lang, aggregates: QuestionAggregates, labels: Labels, keyRelative: string): TableModel {
  const groups = aggregates.countries.map((country) => {
    const changes = consecutiveWaveChanges(country);
    const rows = keyEstimates(country.trendKey).map((e): TableRow => {
      const change = changes.get(e.column.col);
      let changeCell: TableCell = { text: '', numeric: true };
      if (change) {
        const points = pointsCell(lang, change.difference);
        if (change.direction === 'up') changeCell = { text: `▲ ${points}`, numeric: true, srText: t.ind_change_up, mark: 'up' };
        else if (change.direction === 'down') changeCell = { text: `▼ ${points}`, numeric: true, srText: t.ind_change_down, mark: 'down' };
        else changeCell = { text: points, numeric: true, srText: t.ind_change_not_significant };
      }
      return { header: e.column.col, cells: [...estimateCells(t, lang, e), changeCell] };
    });
    return { heading: labels.country(country.country), key: country.country, rows };
  });
  return {
    caption: fill(t.ind_trend_table_caption, { key: keyRelative }),
    columns: [{ label: t.ind_th_wave, numeric: false }, ...estimateColumns(t), { label: t.ind_th_change, numeric: true }],
    groups,
    notes: [...reliabilityNotes(t, aggregates.countries.flatMap((c) => keyEstimates(c.trendKey))), fill(t.ind_table_note_changes, { significance_pct: SIGNIFICANCE_LEVEL * 100 })],
  };
}

/** Key share by the groups of one demographic in one country's latest wave. */
export function breakdownTable(t: UiStrings, lang: Lang, key: CrosstabResult, caption: string, groupLabel: (code: string) => string): TableModel {
  return {
    caption,
    columns: [{ label: t.ind_th_group, numeric: false }, ...estimateColumns(t)],
    groups: [{ heading: null, rows: keyEstimates(key).map((e) => ({ header: groupLabel(e.column.col), cells: estimateCells(t, lang, e) })) }],
    notes: reliabilityNotes(t, keyEstimates(key)),
  };
}

/** The heading of a country's answers: its wave, n and effective n (the base of every share below it). */
function distributionHeading(t: UiStrings, lang: Lang, country: CountryAggregates, name: string): string {
  const wave = latestWave(country);
  const column = crosstabLookup(country.trend).column(String(wave));
  // The latest wave is read from these columns, so a missing one is a broken aggregate, not a zero.
  if (!column) throw new Error(`The answers of ${name} have no column for their latest wave ${wave}`);
  return fill(t.ind_distribution_group_heading, {
    country: name,
    wave: String(wave),
    n: countCell(lang, column.n),
    neff: countCell(lang, column.nEff),
  });
}

/** Every answer's share in each country's latest wave. */
export function distributionTable(t: UiStrings, lang: Lang, aggregates: QuestionAggregates, labels: Labels): TableModel {
  return {
    caption: t.ind_distribution_table_caption,
    columns: [{ label: t.ind_th_answer, numeric: false }, { label: t.ind_th_share, numeric: true }, { label: t.ind_th_ci, numeric: true }],
    groups: aggregates.countries.map((country) => ({
      heading: distributionHeading(t, lang, country, labels.country(country.country)),
      key: country.country,
      rows: country.trend.rows.flatMap((code) => {
        const e = estimateAt(country.trend, code, String(latestWave(country)));
        return e ? [{ header: labels.answer(code), cells: estimateCells(t, lang, e).slice(0, 2) }] : [];
      }),
    })),
    notes: reliabilityNotes(t, aggregates.countries.flatMap((c) => keyEstimates(c.trendKey).filter((e) => e.column.col === String(latestWave(c))))),
  };
}

/** n, effective n and margin of error per country and wave. */
export function methodTable(t: UiStrings, lang: Lang, aggregates: QuestionAggregates, labels: Labels): TableModel {
  return {
    caption: t.ind_method_table_caption,
    columns: [
      { label: t.ind_th_wave, numeric: false },
      { label: t.ind_th_n, numeric: true },
      { label: t.ind_th_neff, numeric: true },
      { label: t.ind_th_moe, numeric: true },
    ],
    groups: aggregates.countries.map((country) => ({
      heading: labels.country(country.country),
      key: country.country,
      rows: country.trendKey.columns.map((column) => ({
        header: column.col,
        cells: [num(countCell(lang, column.n)), num(countCell(lang, column.nEff)), num(formatDecimal(lang, marginOfError(column.nEff) * 100, 1))],
      })),
    })),
    notes: [],
  };
}
