/**
 * One DuckDB-WASM database in a worker: started from the self-hosted bundle (the worker under the page's
 * Content-Security-Policy, see worker-start.ts; the module downloaded and checked by the page, see
 * wasm-download.ts), locked down (no file or network access, no extension loading, memory capped,
 * configuration locked), with one connection for the explorer's own queries. Callers keep a single
 * session behind a guard (see the explorer engine).
 */
import { AsyncDuckDB, selectBundle, VoidLogger, type AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { DUCKDB_MEMORY_LIMIT_MB } from '../../lib/explorer/console-limits.ts';
import { DUCKDB_BUNDLES } from './bundles.ts';
import { downloadWasm } from './wasm-download.ts';
import { startDuckDbWorker } from './worker-start.ts';

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
 * The longest the steps after the download may take (compile, open, lockdown). The download has its own
 * watch (wasm-download.ts: a failure at once, a stall within STALL_LIMIT_MS); a compile failure inside
 * the worker is forwarded as a worker error (worker-start.ts); this limit only catches the unforeseen.
 */
const START_LIMIT_MS = 60_000;

function deadline(ms: number): { promise: Promise<never>; stop: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const promise = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('DuckDB did not start in time')), ms);
  });
  promise.catch(() => undefined);
  return { promise, stop: () => clearTimeout(timer) };
}

/** The worker reports a failed script load, or an error it forwards, as an error event; DuckDB then drops pending requests silently. */
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
    // The worker starts once the module is here: a worker stopped while it still loads its script
    // reports that as an error of its own, on top of the download's.
    const module = await downloadWasm(bundle.mainModule, ({ loaded, total }) => onProgress({ stage: 'wasm', loaded, total }));
    onProgress({ stage: 'instantiate' });
    const moduleUrl = URL.createObjectURL(module);
    const { worker, release } = startDuckDbWorker(bundle.mainWorker);
    const db = new AsyncDuckDB(new VoidLogger(), worker);
    const workerFailed = rejectOnWorkerError(worker);
    workerFailed.catch(() => undefined);
    const guard = deadline(START_LIMIT_MS);
    try {
      await Promise.race([workerFailed, guard.promise, db.instantiate(moduleUrl, bundle.pthreadWorker)]);
      await Promise.race([workerFailed, guard.promise, db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } })]);
      const connection = await db.connect();
      for (const statement of LOCKDOWN) await connection.query(statement);
      return new DuckDbSession(db, worker, connection);
    } catch (error) {
      worker.terminate();
      throw error;
    } finally {
      guard.stop();
      release();
      URL.revokeObjectURL(moduleUrl);
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
