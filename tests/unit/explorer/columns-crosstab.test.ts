/**
 * The embed's cross-tab without a database (crosstabFromColumns over hyparquet's decoded columns)
 * against DuckDB running the SQL builder's query on the same Parquet file, for every reference state.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import { parseState } from '../../../src/lib/explorer/state.ts';
import { columnsForState, crosstabFromColumns, type NumericColumn } from '../../../src/lib/explorer/columns-crosstab.ts';
import { loadCodebook, openReference, PARQUET_PATH, REFERENCE_SPECS, type ReferenceDatabase } from '../../e2e/support/reference-crosstab.ts';

const codebook = loadCodebook();
let reference: ReferenceDatabase;

beforeAll(async () => {
  reference = await openReference(codebook);
});
afterAll(() => reference.close());

async function readColumns(names: string[]): Promise<Record<string, NumericColumn>> {
  const file = await asyncBufferFromFile(PARQUET_PATH);
  const rows = (await parquetReadObjects({ file, columns: names })) as Record<string, number>[];
  return Object.fromEntries(names.map((name) => [name, rows.map((row) => row[name] ?? Number.NaN)]));
}

describe.each(REFERENCE_SPECS)('cross-tab %s', (query) => {
  it('is the same table from the columns as from DuckDB', async () => {
    const { state } = parseState(new URLSearchParams(query), codebook);
    const columns = await readColumns(columnsForState(state, codebook));
    const fromColumns = crosstabFromColumns(state, codebook, columns);
    const fromSql = await reference.crosstab(state);
    expect(fromColumns.cols).toEqual(fromSql.cols);
    expect(fromColumns.rows).toEqual(fromSql.rows);
    expect(JSON.stringify(fromColumns, (_, value: unknown) => (typeof value === 'number' ? Number(value.toPrecision(10)) : value))).toBe(
      JSON.stringify(fromSql, (_, value: unknown) => (typeof value === 'number' ? Number(value.toPrecision(10)) : value)),
    );
  });
});

it('refuses a column it was not given', () => {
  const { state } = parseState(new URLSearchParams(REFERENCE_SPECS[0] ?? ''), codebook);
  expect(() => crosstabFromColumns(state, codebook, {})).toThrow(/not loaded/);
});
