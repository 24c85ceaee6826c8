/**
 * The explorer's data engine: DuckDB-WASM (loaded once, on first use) over the columns of the survey's
 * Parquet file that the current view needs (decoded by hyparquet, handed over as Arrow, cached for the
 * visit). Cross-tabs are SQL GROUP BYs from the one SQL builder, turned into tables by the statistics
 * library. Every failure is an EngineError naming its stage; after one, calling again retries.
 *
 * The heavy parts (DuckDB, hyparquet, Arrow) are imported dynamically, so importing this module costs
 * the page nothing until the engine is used.
 */
import type { ResolvedCodebook } from '../../../lib/codebook/resolved.ts';
import type { ExplorerState } from '../../../lib/explorer/state.ts';
import { buildCrosstabQuery, buildSubsetQuery, EXPLORER_TABLE } from '../../../lib/explorer/sql.ts';
import { buildCopySql } from '../../../lib/explorer/sql-copy.ts';
import { cellsFromRows, crosstabFromCells, type CellRow } from '../../../lib/explorer/sql-result.ts';
import type { CrosstabResult } from '../../../lib/stats/index.ts';
import type { DuckDbSession } from '../../duckdb/session.ts';
import { asEngineError, EngineError } from './engine-errors.ts';
import { memoise } from '../../memo.ts';
import type { ConsoleTables, ConsoleTableSource } from './console-tables.ts';
import type { ColumnCache, DuckDbTable } from './engine-tables.ts';
import type { ParquetColumns } from './parquet-columns.ts';
import type { FetchLike } from './parquet-source.ts';
import type { ConsoleResult } from './sql-console-engine.ts';

export { EngineError } from './engine-errors.ts';
export type { EngineErrorCode, EngineStage } from './engine-errors.ts';

export interface EngineProgress {
  /** 'console': the view waits until the SQL console's query ends (it holds the database). */
  stage: 'wasm' | 'instantiate' | 'columns' | 'query' | 'console';
  loaded?: number;
  total?: number;
}

export interface CrosstabRun {
  result: CrosstabResult;
  /** SQL that reproduces the numbers in DuckDB against the downloadable wbsb.parquet, values inlined. */
  sql: string;
  /** Time from a ready database to the result, including any columns it had to load. */
  ms: number;
  /** Bytes of the Parquet file fetched for this cross-tab (0 when its columns were cached). */
  bytesFetched: number;
}

export interface Engine {
  /** Starts loading DuckDB-WASM (once; later calls return the same promise). */
  ready(onProgress?: (progress: EngineProgress) => void): Promise<void>;
  /** A cross-tab: sufficient statistics by SQL GROUP BY in DuckDB, then crosstab(). Loads only the needed columns. */
  crosstab(state: ExplorerState): Promise<CrosstabRun>;
  /** Read-only SQL console over the whole table and the console tables: one statement, SELECT-like only, within the console limits, cancellable. */
  query(sql: string, options: { limit: number; signal?: AbortSignal }): Promise<ConsoleResult>;
  /** Respondent rows under the state's filters with the chosen variables (for the subset download). */
  subset(state: ExplorerState, variables: string[]): Promise<{ columns: string[]; rows: (string | number)[][] }>;
}

export interface EngineOptions {
  parquetUrl: string;
  codebook: ResolvedCodebook;
  /** Further tables for the SQL console only (the representation dataset), loaded on its first query. */
  consoleTables?: readonly ConsoleTableSource[];
  /** For tests and benchmarks; the browser's fetch by default. */
  fetch?: FetchLike;
}

interface Parts {
  cache: ColumnCache;
  table: DuckDbTable;
}

export function createEngine(options: EngineOptions): Engine {
  const { codebook } = options;
  const listeners = new Set<(progress: EngineProgress) => void>();
  const emit = (progress: EngineProgress) => { for (const listener of listeners) listener(progress); };
  let loadedParts: Parts | undefined;
  let loadedConsoleTables: ConsoleTables | undefined;
  // One operation at a time: table changes and queries must not interleave.
  let queue: Promise<unknown> = Promise.resolve();
  // Console queries queued or running, and views (cross-tabs, subsets) queued: a view asked for while
  // the console holds the database waits, and the page says why. The loading progress of the console's
  // own query (it loads every column) then says the same, so it never hides the wait.
  let consoleQueries = 0;
  let viewsQueued = 0;
  const waitingForConsole = () => consoleQueries > 0 && viewsQueued > 0;
  const sayIfWaitingForConsole = () => { if (waitingForConsole()) emit({ stage: 'console' }); };
  const report = (progress: EngineProgress) => emit(waitingForConsole() ? { stage: 'console' } : progress);
  function view<T>(task: () => Promise<T>): Promise<T> {
    viewsQueued += 1;
    sayIfWaitingForConsole();
    return exclusive(() => {
      viewsQueued -= 1;
      return task();
    });
  }

  // Each part is started once; a failed start is forgotten, so the next call tries again.
  const session = memoise((): Promise<DuckDbSession> => {
    let stage: 'wasm' | 'instantiate' = 'wasm';
    // User Timing marks: the benchmark reads when loading started and when DuckDB was ready.
    performance.mark('explorer-engine:start');
    return import('../../duckdb/session.ts')
      .then(({ DuckDbSession }) => DuckDbSession.start((progress) => { stage = progress.stage; emit(progress); }))
      .then((db) => {
        performance.mark('explorer-engine:ready');
        return db;
      })
      .catch((error: unknown) => {
        throw asEngineError(error, stage, 'wasm-failed');
      });
  });

  const parquet = memoise((): Promise<ParquetColumns> =>
    import('./parquet-columns.ts')
      .then(({ ParquetColumns }) => ParquetColumns.open(options.parquetUrl, options.fetch))
      .catch((error: unknown) => {
        throw asEngineError(error, 'columns', 'parquet-failed');
      }));
  const openParquet = (): Promise<ParquetColumns> => parquet.get();

  const parts = memoise((): Promise<Parts> =>
    import('./engine-tables.ts').then(
      ({ ColumnCache, DuckDbTable }) => {
        loadedParts = { cache: new ColumnCache(), table: new DuckDbTable(EXPLORER_TABLE) };
        return loadedParts;
      },
      (error: unknown) => {
        throw asEngineError(error, 'columns', 'query-failed');
      },
    ));
  const loadParts = (): Promise<Parts> => parts.get();

  const ready = (onProgress?: (progress: EngineProgress) => void): Promise<DuckDbSession> => {
    if (onProgress) listeners.add(onProgress);
    const started = session.get();
    // The file's footer and the Arrow code arrive while DuckDB loads; a failure here is reported by
    // the first cross-tab, which tries again.
    openParquet().catch(() => undefined);
    loadParts().catch(() => undefined);
    return started;
  };

  /** Throws away the database (after a query that would not stop); the column cache stays. */
  const restart = () => {
    void session.forget()?.then((old) => old.terminate()).catch(() => undefined);
    loadedParts?.table.reset();
    loadedConsoleTables?.reset();
  };

  const consoleTables = memoise((): Promise<ConsoleTables> =>
    import('./console-tables.ts').then(
      ({ ConsoleTables }) => {
        loadedConsoleTables = new ConsoleTables(options.consoleTables ?? [], options.fetch);
        return loadedConsoleTables;
      },
      (error: unknown) => {
        throw asEngineError(error, 'columns', 'query-failed');
      },
    ));
  const loadConsoleTables = (): Promise<ConsoleTables> => consoleTables.get();

  function exclusive<T>(task: () => Promise<T>, settled: (result: Promise<T>) => Promise<unknown> = (result) => result): Promise<T> {
    const result = queue.then(task);
    queue = settled(result).catch(() => undefined);
    return result;
  }

  /** Fetches and decodes the columns the cache lacks (no DuckDB needed, so it can run while DuckDB loads). */
  async function cacheColumns(columns: readonly string[]): Promise<void> {
    const [file, { cache }] = await Promise.all([openParquet(), loadParts()]);
    const started = performance.now();
    await cache.load(file, columns, (loaded, total) => report({ stage: 'columns', loaded, total }));
    // User Timing entries let the benchmark (and the browser's profiler) split a view's time.
    performance.measure('explorer-engine:decode', { start: started });
  }

  /** Makes sure DuckDB's table has the columns, loading what the cache lacks. */
  async function withColumns(db: DuckDbSession, columns: readonly string[]): Promise<void> {
    await cacheColumns(columns);
    const [file, { cache, table }] = await Promise.all([openParquet(), loadParts()]);
    const started = performance.now();
    try {
      await table.ensure(db, cache, columns, file.names);
    } catch (error) {
      throw asEngineError(error, 'columns', 'query-failed');
    }
    performance.measure('explorer-engine:insert', { start: started });
  }

  async function rowsOf(db: DuckDbSession, sql: string, params: readonly number[]): Promise<Record<string, unknown>[]> {
    report({ stage: 'query' });
    const started = performance.now();
    try {
      const table = await db.prepared(sql, params);
      return table.toArray().map((row: { toJSON(): Record<string, unknown> }) => row.toJSON());
    } catch (error) {
      throw asEngineError(error, 'query', 'query-failed');
    } finally {
      performance.measure('explorer-engine:query', { start: started });
    }
  }

  /** Builds SQL; a state the builder refuses (an id not in the codebook) is a failed query. */
  function build<T>(builder: () => T): T {
    try {
      return builder();
    } catch (error) {
      throw asEngineError(error, 'query', 'query-failed');
    }
  }

  return {
    async ready(onProgress) {
      await ready(onProgress);
    },

    crosstab(state) {
      return view(async () => {
        const { query, sql } = build(() => ({ query: buildCrosstabQuery(state, codebook), sql: buildCopySql(state, codebook) }));
        // Called before DuckDB is ready, the columns download and decode while DuckDB loads; `ms`
        // counts from the later of the call and the moment DuckDB was ready.
        let started = performance.now();
        const database = ready().then((db) => {
          started = Math.max(started, performance.now());
          return db;
        });
        // Handled below (Promise.all); this only keeps an early failure from counting as unhandled.
        database.catch(() => undefined);
        const file = await openParquet();
        const bytesAtCall = file.bytesFetched;
        const [db] = await Promise.all([database, cacheColumns(query.columns)]);
        await withColumns(db, query.columns);
        const rows = await rowsOf(db, query.sql, query.params);
        const result = crosstabFromCells(query, cellsFromRows(rows as CellRow[]));
        return { result, sql, ms: performance.now() - started, bytesFetched: file.bytesFetched - bytesAtCall };
      });
    },

    subset(state, variables) {
      return view(async () => {
        const query = build(() => buildSubsetQuery(state, variables, codebook));
        const db = await ready();
        await withColumns(db, query.columns);
        const rows = await rowsOf(db, query.sql, query.params);
        const columns = [...new Set(variables)];
        return { columns, rows: rows.map((row) => columns.map((name) => row[name] as string | number)) };
      });
    },

    async query(sql, queryOptions) {
      const { assertConsoleSql, runConsoleQuery } = await import('./sql-console-engine.ts').catch((error: unknown) => {
        throw asEngineError(error, 'query', 'query-failed');
      });
      assertConsoleSql(sql);
      let idle: Promise<void> = Promise.resolve();
      consoleQueries += 1;
      return exclusive(
        async () => {
          if (queryOptions.signal?.aborted) throw new EngineError('query', 'cancelled', 'The query was cancelled.');
          const db = await ready();
          const [file, extraTables] = await Promise.all([openParquet(), loadConsoleTables()]);
          await withColumns(db, file.names);
          await extraTables.ensure(db);
          sayIfWaitingForConsole();
          const run = runConsoleQuery(db, sql, queryOptions, restart);
          idle = run.idle;
          return run.result;
        },
        // The next operation waits until the database is free, not merely until the caller got an answer.
        (result) => result.catch(() => undefined).then(() => idle).finally(() => { consoleQueries -= 1; }),
      );
    },
  };
}
