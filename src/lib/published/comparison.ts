/**
 * Published against recomputed: each 2021 figure KCSS published for a whole country, set beside the
 * share the portal computes from the microdata for the same question and answers. The portal's value
 * is computed on KCSS's usual base (everyone asked, "don't know" and refusals included) with the one
 * statistics library, and also on the portal's own base (valid answers). Pure.
 */
import { collapseRows, crosstab, crosstabLookup, type CellSums, type ColumnCell, type CrosstabResult } from '../stats/index.ts';
import { isBound, type PublishedFigure } from './figures.ts';

/** A difference larger than this many percentage points is flagged. */
export const FLAG_ABOVE_POINTS = 1;

export interface ComparisonRow {
  figure: string;
  question: string;
  country: string;
  answers: number[];
  published: number;
  qualifier: string | null;
  valueText: string;
  sourceUrl: string;
  /** The portal's share on KCSS's base (everyone asked), in percent, with its 95% interval. */
  portal: number;
  portalLo: number;
  portalHi: number;
  /** The portal's share over valid answers only, in percent. */
  portalValid: number;
  /** Respondents asked (KCSS's base). */
  n: number;
  /** portal − published, in percentage points. */
  difference: number;
  flagged: boolean;
}

/** The figures that can be recomputed from a round of microdata. */
export function comparableFigures(figures: readonly PublishedFigure[], wave: number): PublishedFigure[] {
  // A bound ("over 50%") is not a value: it is listed on the indicator page, not compared.
  return figures.filter((f) => f.fieldworkYear === wave && f.question !== null && f.country !== null && f.subgroup === null && f.value !== null && !isBound(f) && f.unit === 'percent' && f.answers.length > 0);
}

/** The figure's answers (row 1) in the one column of a collapsed table, with the column's base. */
function keyCell(table: CrosstabResult): ColumnCell | undefined {
  const [col] = table.cols;
  return col === undefined ? undefined : crosstabLookup(table).cell(1, col);
}

/**
 * `cellsOf(question, country)` gives the question's answer cells in one country and wave, one column,
 * every code asked (missing codes 98 and 99 included, 97 not asked left out).
 */
export function compare(figure: PublishedFigure, cellsOf: (question: string, country: string) => CellSums[], missingCodes: readonly number[]): ComparisonRow | null {
  if (figure.question === null || figure.country === null || figure.value === null) return null;
  const cells = cellsOf(figure.question, figure.country);
  const all = crosstab(collapseRows(cells, figure.answers), { weighted: true, rows: [1, 0] });
  const valid = crosstab(collapseRows(cells.filter((cell) => !missingCodes.includes(cell.row)), figure.answers), { weighted: true, rows: [1, 0] });
  const estimate = keyCell(all);
  const validEstimate = keyCell(valid);
  if (!estimate || estimate.share === null || estimate.lo === null || estimate.hi === null || !validEstimate || validEstimate.share === null) return null;
  const portal = estimate.share * 100;
  const difference = portal - figure.value;
  return {
    figure: figure.id,
    question: figure.question,
    country: figure.country,
    answers: figure.answers,
    published: figure.value,
    qualifier: figure.qualifier,
    valueText: figure.valueText,
    sourceUrl: figure.sourceUrl,
    portal,
    portalLo: estimate.lo * 100,
    portalHi: estimate.hi * 100,
    portalValid: validEstimate.share * 100,
    n: estimate.column.n,
    difference,
    flagged: Math.abs(difference) > FLAG_ABOVE_POINTS,
  };
}

export interface CountrySummary {
  country: string;
  figures: number;
  within: number;
  medianAbsoluteDifference: number;
  /** Mean of portal − published: a consistent sign suggests the reports used another base or weights. */
  meanDifference: number;
}

export function summarise(rows: readonly ComparisonRow[]): CountrySummary[] {
  const countries = [...new Set(rows.map((row) => row.country))];
  return countries.map((country) => {
    const mine = rows.filter((row) => row.country === country);
    const absolute = mine.map((row) => Math.abs(row.difference)).sort((a, b) => a - b);
    const middle = absolute.length / 2;
    const median = absolute.length === 0 ? 0 : absolute.length % 2 === 1 ? (absolute[Math.floor(middle)] ?? 0) : ((absolute[middle - 1] ?? 0) + (absolute[middle] ?? 0)) / 2;
    return {
      country,
      figures: mine.length,
      within: mine.filter((row) => !row.flagged).length,
      medianAbsoluteDifference: median,
      meanDifference: mine.reduce((sum, row) => sum + row.difference, 0) / Math.max(mine.length, 1),
    };
  });
}
