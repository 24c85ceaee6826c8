/**
 * A cross-tabulation as the explorer shows it: the statistics library's CrosstabResult joined with the
 * codebook's labels in the page language. The same model feeds the build-time default view and every
 * view computed in the browser, so both render identically.
 */
import { hasDesignWeights, type ResolvedCodebook, type ResolvedQuestion, type ResolvedValue } from '../codebook/resolved.ts';
import { compareWithReference, crosstabLookup, type ChiSquareResult, type ColumnCell, type CrosstabResult, type Direction, type Reliability } from '../stats/index.ts';
import { GROUP_ROW, measureCodes } from './measure.ts';
import type { ExplorerState } from './state.ts';

export interface ColumnView {
  /** The group's code as the result names it (a wave, a category code, …). */
  code: string;
  label: string;
  n: number;
  nEff: number;
  reliability: Reliability;
}

/**
 * The statistics library's cell-with-column, its column labelled: readers need no index into
 * `columns` and no search.
 */
export interface CellView extends ColumnCell<ColumnView> {
  /** Against the reference group: its own column, higher, lower, not clearly different; null without one. */
  comparison: Direction | 'reference' | null;
}

/** The group the others are compared with, and how many comparisons the correction covered. */
export interface ReferenceView {
  code: string;
  label: string;
  comparisons: number;
}

export interface RowView {
  code: number;
  /** The answer codes the row stands for: [code], or every code of an answer group. */
  codes: number[];
  label: string;
  /** A missing code (don't know, refused, not asked), shown when they are included. */
  missing: boolean;
  /** One cell per column, in column order. */
  cells: CellView[];
}

export interface ExplorerView {
  state: ExplorerState;
  question: ResolvedQuestion;
  /** The question's wording, country-specific when the view is filtered to one country. */
  wording: string;
  /** The answer group's label ("Trust + Complete trust"); null when every answer is shown. */
  measureLabel: string | null;
  /** The reference group, when one is chosen and shown (not suppressed). */
  reference: ReferenceView | null;
  /** Label of the breakdown variable; null when there is no breakdown. */
  breakdownLabel: string | null;
  columns: ColumnView[];
  rows: RowView[];
  chiSquare: ChiSquareResult | null;
  /** Whether the shares use design weights (asked for, and the dataset has them for its waves). */
  designWeighted: boolean;
  /** Respondents in the table (sum of the columns' n). */
  totalN: number;
  /** Kish effective n of everyone in the table, when the result provides it. */
  totalNEff: number | null;
}

/** The values of any variable the breakdown or filters may name: a demographic or a question. */
export function variableValues(codebook: ResolvedCodebook, id: string): ResolvedValue[] {
  const demographic = codebook.demographics.find((d) => d.id === id);
  if (demographic) return demographic.values;
  return codebook.questions.find((q) => q.id === id)?.values ?? [];
}

/** A variable's name in the page language (a demographic's label or a question's short label). */
export function variableLabel(codebook: ResolvedCodebook, id: string): string {
  return codebook.demographics.find((d) => d.id === id)?.label ?? codebook.questions.find((q) => q.id === id)?.short ?? id;
}

/** The label of a code of a variable, including the missing codes; the code itself when unknown. */
export function valueLabel(codebook: ResolvedCodebook, id: string, code: number): string {
  const value = variableValues(codebook, id).find((v) => v.code === code) ?? codebook.missing.find((v) => v.code === code);
  return value?.label ?? String(code);
}

/** The wording of a question for a view: country-specific when the filters keep exactly one country. */
export function wordingFor(codebook: ResolvedCodebook, question: ResolvedQuestion, state: ExplorerState): string {
  const countries = state.filters['country'];
  if (countries?.length !== 1) return question.wording;
  const iso = codebook.dataset.countries.find((c) => c.code === countries[0])?.iso;
  return (iso && question.wordingByCountry[iso]) || question.wording;
}

function columnLabel(codebook: ResolvedCodebook, state: ExplorerState, col: string, allLabel: string): string {
  if (state.breakdown === 'none') return allLabel;
  const code = Number(col);
  return Number.isFinite(code) && col.trim() !== '' ? valueLabel(codebook, state.breakdown, code) : col;
}

/** The headline group's own words, or the ticked answers' labels joined with "+". */
export function measureLabel(codebook: ResolvedCodebook, question: ResolvedQuestion, state: ExplorerState): string | null {
  const codes = measureCodes(state.measure, question);
  if (!codes) return null;
  if (state.measure.kind === 'key') return question.key.label.charAt(0).toLocaleUpperCase(codebook.lang) + question.key.label.slice(1);
  return codes.map((code) => valueLabel(codebook, question.id, code)).join(' + ');
}

export function buildView(result: CrosstabResult, state: ExplorerState, codebook: ResolvedCodebook, allLabel: string): ExplorerView {
  const question = codebook.questions.find((q) => q.id === state.question);
  if (!question) throw new Error(`Unknown question ${state.question}`);
  const validCodes = new Set(question.values.map((v) => v.code));
  const columns: ColumnView[] = result.columns.map((c) => ({
    code: c.col,
    label: columnLabel(codebook, state, c.col, allLabel),
    n: c.n,
    nEff: c.nEff,
    reliability: c.reliability,
  }));
  const table = crosstabLookup(result);
  const groupCodes = measureCodes(state.measure, question);
  const groupLabel = measureLabel(codebook, question, state);
  // An answer group shows its own row only; the rest (row 0) is its complement and says nothing more.
  const shownRows = groupCodes ? result.rows.filter((code) => code === GROUP_ROW) : result.rows;
  const comparisons = state.reference === null ? [] : compareWithReference(result, state.reference, shownRows);
  const comparisonAt = new Map(comparisons.map((c) => [`${c.row}\u0000${c.col}`, c.direction]));
  const referenceColumn = columns.find((c) => c.code === state.reference && c.reliability !== 'suppressed');
  const comparisonOf = (row: number, col: string): CellView['comparison'] => {
    if (!referenceColumn) return null;
    return col === referenceColumn.code ? 'reference' : (comparisonAt.get(`${row}\u0000${col}`) ?? null);
  };
  const rows: RowView[] = shownRows.map((code) => ({
    code,
    codes: groupCodes ?? [code],
    label: groupLabel ?? valueLabel(codebook, question.id, code),
    missing: groupCodes ? false : !validCodes.has(code),
    cells: columns.map((column) => {
      const cell = table.cell(code, column.code);
      return {
        row: code,
        column,
        n: cell?.n ?? 0,
        share: cell?.share ?? null,
        lo: cell?.lo ?? null,
        hi: cell?.hi ?? null,
        comparison: comparisonOf(code, column.code),
      };
    }),
  }));
  const totalN = columns.reduce((sum, c) => sum + c.n, 0);
  const single = columns.length === 1 ? columns[0] : undefined;
  return {
    state,
    question,
    wording: wordingFor(codebook, question, state),
    measureLabel: groupLabel,
    reference: referenceColumn ? { code: referenceColumn.code, label: referenceColumn.label, comparisons: comparisons.length } : null,
    breakdownLabel: state.breakdown === 'none' ? null : variableLabel(codebook, state.breakdown),
    columns,
    rows,
    chiSquare: result.chiSquare,
    designWeighted: state.weighted && hasDesignWeights(codebook.dataset),
    totalN,
    totalNEff: result.chiSquare?.nEff ?? single?.nEff ?? null,
  };
}
