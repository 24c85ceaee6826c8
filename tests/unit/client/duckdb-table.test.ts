/**
 * DuckDB's table in the explorer grows by a column at a time, each addition rewriting it. At a million
 * rows that reached DuckDB's memory limit after about fifty columns (the explorer benchmark failed with
 * "Out of Memory"); past its budget the table now starts again with only the view's columns.
 */
import { describe, expect, it } from 'vitest';
import type { DuckDbSession } from '../../../src/client/duckdb/session.ts';
import { ColumnCache, DuckDbTable, TABLE_BUDGET_BYTES } from '../../../src/client/explorer/engine/engine-tables.ts';
import type { ParquetColumns } from '../../../src/client/explorer/engine/parquet-columns.ts';
import { DUCKDB_MEMORY_LIMIT_MB } from '../../../src/lib/explorer/console-limits.ts';

const FILE_ORDER = ['a', 'b', 'c', 'd', 'e'];

/** A session that records what it is asked to do. */
function recordingSession(): { session: DuckDbSession; log: string[] } {
  const log: string[] = [];
  const session = {
    run: (sql: string) => { log.push(sql); return Promise.resolve(); },
    insertArrow: (_ipc: Uint8Array, table: string) => { log.push(`insert ${table}`); return Promise.resolve(); },
  } as unknown as DuckDbSession;
  return { session, log };
}

async function cacheOf(rows: number): Promise<ColumnCache> {
  const cache = new ColumnCache();
  const parquet = { read: () => Promise.resolve(new Int32Array(rows).fill(1)), chunkBytes: () => 0 } as unknown as ParquetColumns;
  await cache.load(parquet, FILE_ORDER, () => undefined);
  return cache;
}

describe('DuckDbTable', () => {
  it('keeps the table under a third of DuckDB’s memory limit', () => {
    expect(TABLE_BUDGET_BYTES).toBe((DUCKDB_MEMORY_LIMIT_MB * 1_000_000) / 3);
  });

  it('adds columns to the table while it stays within its budget', async () => {
    const { session, log } = recordingSession();
    // 10 rows × 8 bytes = 80 bytes a column: five columns (400 bytes) fit a budget of 400.
    const table = new DuckDbTable('t', 400);
    const cache = await cacheOf(10);
    await table.ensure(session, cache, ['a', 'b'], FILE_ORDER);
    await table.ensure(session, cache, ['c'], FILE_ORDER);
    await table.ensure(session, cache, ['d', 'e'], FILE_ORDER);
    expect(table.columns()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(log.filter((entry) => entry.startsWith('DROP TABLE IF EXISTS'))).toEqual([]);
  });

  it('past its budget, starts again with only the columns asked for', async () => {
    const { session, log } = recordingSession();
    // Three columns (240 bytes) fit a budget of 240; a fourth does not.
    const table = new DuckDbTable('t', 240);
    const cache = await cacheOf(10);
    await table.ensure(session, cache, ['a', 'b', 'c'], FILE_ORDER);
    log.length = 0;
    await table.ensure(session, cache, ['a', 'd'], FILE_ORDER);
    expect(table.columns()).toEqual(['a', 'd']);
    expect(log).toEqual(['DROP TABLE IF EXISTS "t"', 'insert t']);
    // Columns already there are not copied again.
    log.length = 0;
    await table.ensure(session, cache, ['d'], FILE_ORDER);
    expect(log).toEqual([]);
  });
});
