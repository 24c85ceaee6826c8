/** The validated respondent table as CSV (UTF-8, LF line ends, header first), in table column order. */
import { ID_COLUMN, WEIGHT_COLUMN } from '../../src/lib/survey/columns.ts';
import { toCsv } from '../lib/csv-write.ts';
import { codesOf, type ResponseTable } from './response-table.ts';

export function responsesToCsv(table: ResponseTable): string {
  const columnText = table.columns.map((name): ((row: number) => string) => {
    if (name === ID_COLUMN) return (row) => table.ids[row] ?? '';
    if (name === WEIGHT_COLUMN) return (row) => String(table.weights[row]);
    const codes = codesOf(table, name);
    return (row) => String(codes[row]);
  });
  const rows = function* (): Generator<string[]> {
    for (let row = 0; row < table.rowCount; row += 1) yield columnText.map((text) => text(row));
  };
  return toCsv(table.columns, rows());
}
