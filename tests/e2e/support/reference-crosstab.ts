/**
 * The reference the explorer's numbers are checked against: DuckDB in Node (@duckdb/node-api, with its
 * own Parquet reader, so independent of the browser's hyparquet → Arrow path) running the explorer's
 * SQL builder, then the statistics library's crosstab(). Shared by the unit tests and the browser tests.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { ResolvedCodebook } from '../../../src/lib/codebook/resolved.ts';
import type { ExplorerState } from '../../../src/lib/explorer/state.ts';
import { buildCrosstabQuery, EXPLORER_TABLE } from '../../../src/lib/explorer/sql.ts';
import { cellsFromRows, crosstabFromCells, type CellRow } from '../../../src/lib/explorer/sql-result.ts';
import type { CrosstabResult } from '../../../src/lib/stats/index.ts';

export const PARQUET_PATH = resolve('public/data/wbsb/wbsb.parquet');

/**
 * Explorer states (as permalink queries) whose numbers are checked: filters, several values per
 * filter, don't know / refused included, unweighted, question × question, trends by wave, no
 * breakdown, a question asked in one country only, and columns small enough to be suppressed.
 */
export const REFERENCE_SPECS: readonly string[] = [
  'q=trust_police&by=wave&country=2&w=1&dk=0&chart=lines',
  'q=trust_police&by=country&w=1&dk=0&chart=grouped',
  'q=trust_army&by=ethnicity&country=2&wave=2021&w=1&dk=0&chart=grouped',
  'q=safety_neighborhood_night&by=gender&wave=2021&w=1&dk=1&chart=stacked',
  'q=trust_police&by=age_group&country=3&w=0&dk=0&chart=grouped',
  'q=trust_police&by=trust_army&wave=2021&w=1&dk=0&chart=stacked',
  'q=corrupt_police&by=wave&country=1,3&gender=2&w=1&dk=0&chart=lines',
  'q=eu_support&by=none&region=21,22,23&w=1&dk=0&chart=stacked',
  'q=police_serves_whom&by=settlement&wave=2021&w=0&dk=1&chart=grouped',
  'q=threat_migrants&by=wave&w=1&dk=1&chart=lines',
  'q=ksr_dialogue_support&by=influence_russia&country=3&w=1&dk=1&chart=grouped',
  'q=threat_cyber_crime&by=settlement&country=2&age_group=1,2,5&w=1&dk=0&chart=stacked',
  'q=trust_army&by=ethnicity&country=2&w=1&dk=0&chart=grouped&m=key',
  'q=trust_police&by=country&w=1&dk=1&chart=stacked&m=1,2',
];

export function loadCodebook(lang = 'en'): ResolvedCodebook {
  return JSON.parse(readFileSync(resolve(`public/data/wbsb/codebook.${lang}.json`), 'utf8')) as ResolvedCodebook;
}

export interface ReferenceDatabase {
  crosstab(state: ExplorerState): Promise<CrosstabResult>;
  /** Runs any SQL with bound values and returns plain JS rows (for tests of the builder's other statements). */
  rows(sql: string, params?: number[]): Promise<Record<string, unknown>[]>;
  close(): void;
}

/** Opens an in-memory DuckDB with the Parquet file loaded as the explorer's table. */
export async function openReference(codebook: ResolvedCodebook, parquetPath: string = PARQUET_PATH): Promise<ReferenceDatabase> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const escaped = parquetPath.replaceAll("'", "''");
  await connection.run(`CREATE TABLE "${EXPLORER_TABLE}" AS SELECT * FROM read_parquet('${escaped}')`);
  const rows = async (sql: string, params: number[] = []) => {
    const reader = await connection.runAndReadAll(sql, params);
    return reader.getRowObjectsJS() as Record<string, unknown>[];
  };
  return {
    rows,
    async crosstab(state) {
      const query = buildCrosstabQuery(state, codebook);
      const result = await rows(query.sql, query.params);
      return crosstabFromCells(query, cellsFromRows(result as CellRow[]));
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
