/**
 * The SQL console's runner. Three locks keep it read-only: the statement must start with a reading
 * keyword (checkConsoleSql), it runs inside a READ ONLY transaction on its own connection (so a
 * `WITH … DELETE` or `EXPLAIN ANALYZE UPDATE` fails), and the session has external access disabled
 * with its configuration locked (no file, no network, no extension) and its memory capped. One
 * statement only: DuckDB refuses to prepare several at once. Results stream, and reading stops at the
 * row limit or the output budget (console-cells.ts); long values are cut.
 *
 * Cancelling, by the reader or by the time limit (CONSOLE_TIME_LIMIT_MS), asks DuckDB to cancel the
 * pending query; if the worker does not come back within STUCK_AFTER_MS (a long step that cannot be
 * interrupted), the caller restarts the database.
 */
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { DuckDbSession } from '../../duckdb/session.ts';
import { CONSOLE_MAX_ROWS, CONSOLE_TIME_LIMIT_MS } from '../../../lib/explorer/console-limits.ts';
import { checkConsoleSql } from '../../../lib/explorer/sql-console.ts';
import { cellReader, type ConsoleValue } from './console-cells.ts';
import { EngineError, messageOf, type EngineErrorCode } from './engine-errors.ts';

const STUCK_AFTER_MS = 2_000;

export type { ConsoleValue } from './console-cells.ts';

export interface ConsoleResult {
  columns: string[];
  rows: ConsoleValue[][];
  /** Why not every row is shown: the row limit asked for, or the console's output budget; null when all are. */
  limited: 'rows' | 'size' | null;
  /** Whether some value was too long and is shown cut. */
  cut: boolean;
  ms: number;
}

export function assertConsoleSql(sql: string): void {
  const check = checkConsoleSql(sql);
  if (check.ok) return;
  if (check.reason === 'not-read-only') {
    throw new EngineError('query', 'not-read-only', 'Only read-only queries are allowed: SELECT, WITH, FROM, DESCRIBE, SUMMARIZE, SHOW or EXPLAIN.');
  }
  throw new EngineError('query', 'query-failed', check.reason === 'empty' ? 'The query is empty.' : 'The query is too long.');
}

async function execute(connection: AsyncDuckDBConnection, sql: string, limit: number, aborted: () => boolean): Promise<Omit<ConsoleResult, 'ms'>> {
  await connection.query('BEGIN TRANSACTION READ ONLY');
  // Preparing checks that the text is a single statement before anything runs.
  const statement = await connection.prepare(sql);
  await statement.close();
  if (aborted()) throw new EngineError('query', 'cancelled', 'The query was cancelled.');
  const reader = await connection.send(sql, true);
  // The schema is known once the stream is opened, even for a result without rows.
  await reader.open();
  const columns = reader.schema.fields.map((field) => field.name);
  const cells = cellReader();
  for await (const batch of reader) {
    if (aborted()) break;
    cells.read(batch, limit);
    if (cells.limited !== null) break;
  }
  return { columns, rows: cells.rows, limited: cells.limited, cut: cells.cut };
}

/**
 * Runs one console query. `result` settles as soon as the query ends or is aborted; `idle` when the
 * database is free again (after the query really stopped, or after `onStuck` restarted it).
 */
export function runConsoleQuery(
  session: DuckDbSession,
  sql: string,
  options: { limit: number; signal?: AbortSignal },
  onStuck: () => void,
): { result: Promise<ConsoleResult>; idle: Promise<void> } {
  const limit = Math.max(1, Math.min(CONSOLE_MAX_ROWS, Math.floor(options.limit)));
  const started = performance.now();
  const signal = options.signal;
  let resolveIdle: () => void = () => undefined;
  const idle = new Promise<void>((resolve) => { resolveIdle = resolve; });

  const result = new Promise<ConsoleResult>((resolve, reject) => {
    if (signal?.aborted) { reject(new EngineError('query', 'cancelled', 'The query was cancelled.')); resolveIdle(); return; }
    let connection: AsyncDuckDBConnection | undefined;
    let workDone = false;
    let stopped = false;
    const stop = (code: Extract<EngineErrorCode, 'cancelled' | 'timed-out'>, message: string) => {
      if (stopped) return;
      stopped = true;
      reject(new EngineError('query', code, message));
      void connection?.cancelSent().catch(() => false);
      setTimeout(() => {
        if (workDone) return;
        onStuck();
        resolveIdle();
      }, STUCK_AFTER_MS);
    };
    const onAbort = () => stop('cancelled', 'The query was cancelled.');
    signal?.addEventListener('abort', onAbort, { once: true });
    const timeLimit = setTimeout(() => stop('timed-out', `The query ran longer than ${CONSOLE_TIME_LIMIT_MS / 1000} s and was stopped.`), CONSOLE_TIME_LIMIT_MS);

    const work = async () => {
      connection = await session.connect();
      try {
        return await execute(connection, sql, limit, () => stopped);
      } finally {
        await connection.query('ROLLBACK').catch(() => undefined);
        await connection.close().catch(() => undefined);
      }
    };
    work().then(
      (output) => resolve({ ...output, ms: performance.now() - started }),
      (error: unknown) => reject(new EngineError('query', 'query-failed', messageOf(error), { cause: error })),
    ).finally(() => {
      workDone = true;
      clearTimeout(timeLimit);
      signal?.removeEventListener('abort', onAbort);
      resolveIdle();
    });
  });
  return { result, idle };
}
