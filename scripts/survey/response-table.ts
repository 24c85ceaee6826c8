/** The validated respondent table, held by column: what the Parquet, CSV and aggregates are built from. */

export interface ResponseTable {
  /** Column names in table order (id, country, wave, demographics, weight, questions). */
  columns: string[];
  rowCount: number;
  ids: string[];
  weights: Float64Array;
  /** Every coded column: country, wave, the demographics and the questions. */
  codes: Map<string, Int32Array>;
}

/** The codes of one column; throws if the table has no such column (a programming error, not bad data). */
export function codesOf(table: ResponseTable, column: string): Int32Array {
  const codes = table.codes.get(column);
  if (!codes) throw new Error(`the response table has no coded column "${column}"`);
  return codes;
}
