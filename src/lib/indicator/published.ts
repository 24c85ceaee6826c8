/**
 * What an indicator page shows of KCSS's published figures for its question: the series of the same
 * measure (the same answers counted, everyone, one country, a year) for the chart, the portal's own
 * values beside them, and every published figure of the question for the table, each with its source.
 * Pure: the page passes the figures, the question and its aggregates.
 */
import type { ResolvedQuestion } from '../codebook/resolved.ts';
import { isBound, isSameMeasure, type PublishedFigure } from '../published/figures.ts';
import type { QuestionAggregates } from '../survey/aggregates.ts';
import { keyEstimates, isShown } from './estimates.ts';

export interface PublishedPointData {
  country: string;
  year: number;
  share: number;
  printed: string;
}

export interface PortalPointData {
  country: string;
  year: number;
  share: number;
  lo: number;
  hi: number;
}

export interface PublishedRowData {
  figure: PublishedFigure;
  /** The value as printed, with its qualifier when the printed text leaves it out. */
  printed: string;
  /** Counts the same answers as the page's headline share, for everyone. */
  sameMeasure: boolean;
}

export interface PublishedView {
  points: PublishedPointData[];
  portal: PortalPointData[];
  rows: PublishedRowData[];
}

export function printedValue(figure: PublishedFigure): string {
  const qualifier = figure.qualifier;
  return qualifier !== null && !figure.valueText.toLowerCase().includes(qualifier.toLowerCase()) ? `${qualifier} ${figure.valueText}` : figure.valueText;
}

/** `countryName` names a country code (AL, XK, RS) in the page language. */
export function publishedView(figures: readonly PublishedFigure[], question: ResolvedQuestion, aggregates: QuestionAggregates, countryName: (iso: string) => string): PublishedView {
  const mine = figures.filter((figure) => figure.question === question.id);
  const rows = mine
    .map((figure) => ({ figure, printed: printedValue(figure), sameMeasure: isSameMeasure(figure, question.key.codes) }))
    .sort((a, b) => (a.figure.country ?? '').localeCompare(b.figure.country ?? '') || (a.figure.fieldworkYear ?? 0) - (b.figure.fieldworkYear ?? 0) || a.figure.id.localeCompare(b.figure.id));
  const points = rows
    .filter((row) => row.sameMeasure && !isBound(row.figure) && row.figure.value !== null && row.figure.unit === 'percent' && row.figure.country !== null && row.figure.fieldworkYear !== null)
    .map((row) => ({ country: countryName(row.figure.country ?? ''), year: row.figure.fieldworkYear ?? 0, share: (row.figure.value ?? 0) / 100, printed: row.printed }));
  const portal = aggregates.countries.flatMap((country) =>
    keyEstimates(country.trendKey).filter(isShown).map((e) => ({ country: countryName(country.country), year: Number(e.column.col), share: e.share, lo: e.lo, hi: e.hi })),
  );
  return { points, portal, rows };
}
