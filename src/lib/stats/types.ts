/**
 * Shapes shared by the statistics library. The same definitions serve the build (Node) and the
 * browser explorer (DuckDB-WASM GROUP BY results), so they hold only plain numbers and strings.
 */

/** Sufficient statistics of one table cell, as SQL GROUP BY or a loop over rows produces them. */
export interface CellSums {
  /** Answer code (the table row). */
  row: number;
  /** Group label (the table column), e.g. a country code or a wave id. */
  col: string;
  /** Unweighted count of respondents in the cell. */
  n: number;
  /** Sum of the weights, Σw. */
  sumW: number;
  /** Sum of the squared weights, Σw², needed for Kish's effective n. */
  sumW2: number;
}

/** How far a column's figures can be trusted, decided by its unweighted n. */
export type Reliability = 'ok' | 'unreliable' | 'suppressed';

/** Totals of one column (group) over the rows of the table. */
export interface ColumnSummary {
  col: string;
  /** Unweighted count. */
  n: number;
  /** Σw (equals n in an unweighted table). */
  sumW: number;
  /** Kish effective n, (Σw)²/Σw². */
  nEff: number;
  reliability: Reliability;
}

/** One cell's share with its 95% Wilson interval; share/lo/hi are in 0..1 and null when suppressed. */
export interface CellEstimate {
  row: number;
  col: string;
  /** Unweighted count in the cell. */
  n: number;
  share: number | null;
  lo: number | null;
  hi: number | null;
  /** The reliability of the cell's column. */
  reliability: Reliability;
}

/**
 * One cell as its readers want it: the cell's count, share and interval together with its column's
 * summary (base, effective n, reliability), so no reader indexes `columns` or searches `cells` again.
 * `C` is the column's shape: the statistics' ColumnSummary, or a reader's labelled column.
 */
export interface ColumnCell<C = ColumnSummary> extends Pick<CellEstimate, 'row' | 'n' | 'share' | 'lo' | 'hi'> {
  column: C;
}

/** Pearson chi-square on the weighted table rescaled to the total effective n. */
export interface ChiSquareResult {
  statistic: number;
  df: number;
  pValue: number;
  /** The effective n the table was rescaled to. */
  nEff: number;
  /** Share (0..1) of the tested cells whose expected count is below 5. */
  smallExpectedShare: number;
}

/** A complete cross-tabulation, ready for a table or a chart. */
export interface CrosstabResult {
  /** Row codes in display order. */
  rows: number[];
  /** Column labels in display order. */
  cols: string[];
  /** One summary per column, in `cols` order. */
  columns: ColumnSummary[];
  /** Every row × column pair, row-major: all columns of rows[0], then rows[1], … */
  cells: CellEstimate[];
  /**
   * Over the columns that are shown (suppressed ones are left out, as a reader cannot see them);
   * null when fewer than two non-empty rows or shown columns remain.
   */
  chiSquare: ChiSquareResult | null;
}

/**
 * rows/cols: display order, and also the extent of the table (cells outside them are ignored);
 * default: rows sorted ascending, cols in first-seen order.
 * Unweighted: every weight is treated as 1 (sumW := n, sumW2 := n).
 */
export interface CrosstabOptions {
  weighted: boolean;
  rows?: number[];
  cols?: string[];
}
