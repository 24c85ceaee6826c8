/** Inputs shared by the chart functions. Labels arrive already translated; numbers are shares in 0..1. */

/** Where a chart is drawn: in the browser the global document, at build time a linkedom document. */
export interface ChartEnvironment {
  /** The DOM document to create elements in (omit in the browser). */
  document?: Document;
  /** Width in CSS pixels (default 640); charts scale down on narrow screens. */
  width?: number;
}

/** Accessible text of a chart. */
export interface ChartText {
  /** Short accessible name, usually the question. */
  label: string;
  /** A sentence or two that says what the chart shows, generated from the data. */
  description: string;
  /** Formats a share (0..1) for labels and tooltips in the reader's language. */
  formatShare: (share: number) => string;
}

/** One point of a line across waves. */
export interface TrendPoint {
  series: string;
  wave: number;
  share: number;
  lo: number;
  hi: number;
  /** Based on 30–49 respondents: drawn hollow and marked. */
  unreliable: boolean;
  /** A mark after the value (▲/▼: differs from the explorer's reference group). */
  mark?: string;
}

/** One bar: the key share of one group with its 95% interval. */
export interface ShareBar {
  group: string;
  share: number;
  lo: number;
  hi: number;
  unreliable: boolean;
}

/** One segment of a 100% stacked bar, or one bar of a grouped chart. */
export interface AnswerShare {
  group: string;
  answer: string;
  share: number;
  lo: number;
  hi: number;
  unreliable: boolean;
  /** A mark after the value (▲/▼: differs from the explorer's reference group). */
  mark?: string;
}
