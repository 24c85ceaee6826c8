/**
 * The validated respondent table as CSV (UTF-8, LF line ends, header first), in table column order:
 * the researcher download, written by the portal's one CSV writer, which defuses a respondent id a
 * spreadsheet would run as a formula ("=HYPERLINK(…)" is written as "'=HYPERLINK(…)"). Codes and
 * weights go in as numbers, so they are never touched.
 */
import { toCsv, type CsvCell } from '../../src/lib/csv.ts';
import { ID_COLUMN, WEIGHT_COLUMN } from '../../src/lib/survey/columns.ts';
import { codesOf, type ResponseTable } from './response-table.ts';

export function responsesToCsv(table: ResponseTable): string {
  const columnCell = table.columns.map((name): ((row: number) => CsvCell) => {
    if (name === ID_COLUMN) return (row) => table.ids[row] ?? '';
    if (name === WEIGHT_COLUMN) return (row) => table.weights[row];
    const codes = codesOf(table, name);
    return (row) => codes[row];
  });
  const rows = function* (): Generator<CsvCell[]> {
    for (let row = 0; row < table.rowCount; row += 1) yield columnCell.map((cell) => cell(row));
  };
  return toCsv(table.columns, rows());
}
