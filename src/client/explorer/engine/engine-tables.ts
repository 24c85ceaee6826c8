/**
 * The session's columns: decoded once from Parquet into typed arrays (kept for the whole visit, so a
 * restarted database refills without refetching), and copied into DuckDB's table on demand.
 *
 * DuckDB's table grows column by column: new columns arrive as an Arrow table, which is joined to the
 * existing one by position (both come from the same file, row for row, in the same order).
 */
import { makeVector, Table, tableToIPC, type Vector } from 'apache-arrow';
import type { DuckDbSession } from '../../duckdb/session.ts';
import { DUCKDB_MEMORY_LIMIT_MB } from '../../../lib/explorer/console-limits.ts';
import { quoteIdentifier } from '../../../lib/explorer/sql-identifiers.ts';
import { utf8Vector } from './arrow-vectors.ts';
import { EngineError } from './engine-errors.ts';
import type { ColumnData, ParquetColumns } from './parquet-columns.ts';

const LOAD_TABLE_SUFFIX = '_load';

/** Text columns are laid out by hand (see arrow-vectors.ts); typed arrays become vectors as they are. */
function vectorOf(data: ColumnData): Vector {
  return Array.isArray(data) ? utf8Vector(data) : makeVector(data);
}

export class ColumnCache {
  private readonly columns = new Map<string, ColumnData>();
  private readonly reading = new Map<string, Promise<ColumnData>>();

  has(name: string): boolean {
    return this.columns.has(name);
  }

  get(name: string): ColumnData {
    const data = this.columns.get(name);
    if (!data) throw new EngineError('columns', 'parquet-failed', `Column ${name} is not loaded`);
    return data;
  }

  /** Reads the columns not yet cached, in parallel; reports the compressed bytes done of those needed. */
  async load(parquet: ParquetColumns, names: readonly string[], onProgress: (loaded: number, total: number) => void): Promise<void> {
    const missing = names.filter((name) => !this.columns.has(name));
    if (missing.length === 0) return;
    const total = missing.reduce((sum, name) => sum + parquet.chunkBytes(name), 0);
    let loaded = 0;
    onProgress(0, total);
    await Promise.all(
      missing.map(async (name) => {
        let reading = this.reading.get(name);
        if (!reading) {
          reading = parquet.read(name);
          this.reading.set(name, reading);
        }
        try {
          this.columns.set(name, await reading);
        } finally {
          this.reading.delete(name);
        }
        loaded += parquet.chunkBytes(name);
        onProgress(loaded, total);
      }),
    );
  }
}

/**
 * DuckDB's memory per value of a column in its table, with the validity mask and the rounding to
 * 256 KiB blocks: 7 bytes for a 32-bit integer column at a million rows (measured with @duckdb/node-api,
 * adding columns one at a time as ensure() does, reading duckdb_memory()); 8 leaves room for doubles.
 */
const BYTES_PER_VALUE = 8;

/**
 * Adding a column rewrites the table, which then briefly exists twice; keeping it under a third of
 * DuckDB's memory limit leaves room for that copy and for the query. At the survey's few thousand rows
 * every column fits; at a million rows about twenty do.
 */
export const TABLE_BUDGET_BYTES = (DUCKDB_MEMORY_LIMIT_MB * 1_000_000) / 3;

/** Which columns DuckDB's table holds; forgotten when the database restarts. */
export class DuckDbTable {
  private readonly name: string;
  private readonly budgetBytes: number;
  private present: string[] = [];
  /** Numbers the load tables, so a table left by an interrupted call never blocks the next. */
  private loads = 0;

  constructor(name: string, budgetBytes: number = TABLE_BUDGET_BYTES) {
    this.name = name;
    this.budgetBytes = budgetBytes;
  }

  reset(): void {
    this.present = [];
  }

  /** The columns the table holds, in the order they were added (what its tests check). */
  columns(): readonly string[] {
    return this.present;
  }

  /**
   * Adds the columns the table lacks, taking them from the cache; keeps the file's column order. When
   * the table would outgrow its budget, it starts again with only the columns asked for: the cache keeps
   * every column decoded, so one dropped is copied in again without a download when a view needs it.
   */
  async ensure(session: DuckDbSession, cache: ColumnCache, names: readonly string[], fileOrder: readonly string[]): Promise<void> {
    const wanted = [...new Set(names)];
    let adding = wanted.filter((name) => !this.present.includes(name));
    if (adding.length === 0) return;
    const rows = adding[0] === undefined ? 0 : cache.get(adding[0]).length;
    const bytes = (columns: number) => columns * rows * BYTES_PER_VALUE;
    if (this.present.length > 0 && bytes(this.present.length + adding.length) > this.budgetBytes) {
      await session.run(`DROP TABLE IF EXISTS ${quoteIdentifier(this.name)}`);
      this.present = [];
      adding = wanted;
    }
    const vectors: Record<string, Vector> = {};
    for (const name of adding) vectors[name] = vectorOf(cache.get(name));
    const all = new Set([...this.present, ...adding]);
    const ipc = tableToIPC(new Table(vectors), 'stream');
    if (this.present.length === 0) {
      // A new database: the first columns become the table as they are. Should the insert fail half
      // way, the table is dropped so that the next attempt can create it again.
      await session.insertArrow(ipc, this.name).catch(async (error: unknown) => {
        await session.run(`DROP TABLE IF EXISTS ${quoteIdentifier(this.name)}`).catch(() => undefined);
        throw error;
      });
    } else {
      this.loads += 1;
      const loadName = `${this.name}${LOAD_TABLE_SUFFIX}_${this.loads}`;
      await session.insertArrow(ipc, loadName);
      const ordered = fileOrder.filter((name) => all.has(name)).map(quoteIdentifier).join(', ');
      // One round trip: join the new columns on by position, rewrite the table in the file's column order.
      const table = quoteIdentifier(this.name);
      const load = quoteIdentifier(loadName);
      await session.run(`CREATE OR REPLACE TABLE ${table} AS SELECT ${ordered} FROM ${table} POSITIONAL JOIN ${load}; DROP TABLE ${load}`);
    }
    this.present = [...all];
  }
}
