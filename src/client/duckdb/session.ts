/**
 * One DuckDB-WASM database in a worker: started from the self-hosted bundle, locked down (no file or
 * network access, no extension loading, configuration locked), with one connection for the explorer's
 * own queries. Callers keep a single session behind a guard (see the explorer engine).
 */
import { AsyncDuckDB, selectBundle, VoidLogger, type AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { DUCKDB_MEMORY_LIMIT_MB } from '../../lib/explorer/console-limits.ts';
import { DUCKDB_BUNDLES } from './bundles.ts';

export interface StartProgress {
  stage: 'wasm' | 'instantiate';
  loaded?: number;
  total?: number;
}

/**
 * Run once the tables can be filled through Arrow only: nothing in SQL may reach a file or the network,
 * and no query may take more memory than DUCKDB_MEMORY_LIMIT_MB (it fails with DuckDB's out-of-memory
 * error instead of growing the WebAssembly heap until the tab dies).
 */
const LOCKDOWN = [
  'SET autoinstall_known_extensions = false',
  'SET autoload_known_extensions = false',
  'SET enable_external_access = false',
  `SET memory_limit = '${DUCKDB_MEMORY_LIMIT_MB}MB'`,
  'SET lock_configuration = true',
];

/**
 * The longest a start may take (download, compile, open) before it counts as failed. DuckDB-WASM's
 * worker compiles the module with an unguarded instantiateStreaming: when the wasm request fails, the
 * worker's promise rejects unhandled and instantiate() never settles. The HEAD check below catches the
 * usual failures at once (missing file, server error, offline); this limit catches the rest (a
 * download that breaks half way); DuckDB's progress reports are throttled too irregularly to detect a stall.
 */
const START_LIMIT_MS = 120_000;

async function preflight(url: string): Promise<void> {
  const response = await fetch(url, { method: 'HEAD' });
  if (!response.ok) throw new Error(`The DuckDB module could not be fetched (HTTP ${response.status})`);
}

function deadline(ms: number): { promise: Promise<never>; stop: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const promise = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('DuckDB did not start in time')), ms);
  });
  promise.catch(() => undefined);
  return { promise, stop: () => clearTimeout(timer) };
}

/** The worker reports a failed script load as an error event and DuckDB then drops pending requests silently. */
function rejectOnWorkerError(worker: Worker): Promise<never> {
  return new Promise((_, reject) => {
    worker.addEventListener('error', (event) => reject(new Error(`The DuckDB worker failed: ${event.message || 'could not be loaded'}`)), { once: true });
  });
}

export class DuckDbSession {
  readonly db: AsyncDuckDB;
  private readonly worker: Worker;
  private readonly connection: AsyncDuckDBConnection;

  private constructor(db: AsyncDuckDB, worker: Worker, connection: AsyncDuckDBConnection) {
    this.db = db;
    this.worker = worker;
    this.connection = connection;
  }

  static async start(onProgress: (progress: StartProgress) => void): Promise<DuckDbSession> {
    const bundle = await selectBundle(DUCKDB_BUNDLES);
    if (!bundle.mainWorker) throw new Error('No DuckDB worker in the bundle');
    onProgress({ stage: 'wasm', loaded: 0 });
    const worker = new Worker(bundle.mainWorker);
    const db = new AsyncDuckDB(new VoidLogger(), worker);
    const workerFailed = rejectOnWorkerError(worker);
    workerFailed.catch(() => undefined);
    const guard = deadline(START_LIMIT_MS);
    try {
      await Promise.race([workerFailed, preflight(bundle.mainModule)]);
      let downloaded = false;
      await Promise.race([
        workerFailed,
        guard.promise,
        db.instantiate(bundle.mainModule, bundle.pthreadWorker, (progress) => {
          if (downloaded) return;
          onProgress({ stage: 'wasm', loaded: progress.bytesLoaded, total: progress.bytesTotal });
          if (progress.bytesTotal > 0 && progress.bytesLoaded >= progress.bytesTotal) {
            downloaded = true;
            onProgress({ stage: 'instantiate' });
          }
        }),
      ]);
      onProgress({ stage: 'instantiate' });
      await Promise.race([workerFailed, guard.promise, db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } })]);
      const connection = await db.connect();
      for (const statement of LOCKDOWN) await connection.query(statement);
      guard.stop();
      return new DuckDbSession(db, worker, connection);
    } catch (error) {
      guard.stop();
      worker.terminate();
      throw error;
    }
  }

  /** Runs a statement of the engine's own (never user text). */
  async run(sql: string): Promise<void> {
    await this.connection.query(sql);
  }

  /** Runs a parameterised statement: every value bound, none in the text. */
  async prepared(sql: string, params: readonly number[]): Promise<Awaited<ReturnType<AsyncDuckDBConnection['query']>>> {
    const statement = await this.connection.prepare(sql);
    try {
      return await statement.query(...params);
    } finally {
      await statement.close();
    }
  }

  /** Creates a table from an Arrow IPC stream. */
  async insertArrow(ipc: Uint8Array, table: string): Promise<void> {
    await this.connection.insertArrowFromIPCStream(ipc, { name: table, create: true });
  }

  /** A fresh connection (the SQL console keeps its transactions apart from the engine's queries). */
  async connect(): Promise<AsyncDuckDBConnection> {
    return this.db.connect();
  }

  /** Stops the worker at once, whatever it is doing (the last resort of cancellation). */
  terminate(): void {
    this.worker.terminate();
  }
}
