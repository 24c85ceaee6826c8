/**
 * The SQL console's runner. Three locks keep it read-only: the statement must start with a reading
 * keyword (checkConsoleSql), it runs inside a READ ONLY transaction on its own connection (so a
 * `WITH … DELETE` or `EXPLAIN ANALYZE UPDATE` fails), and the session has external access disabled
 * with its configuration locked (no file, no network, no extension). One statement only: DuckDB
 * refuses to prepare several at once. Results stream, and reading stops after `limit` rows.
 *
 * Cancelling asks DuckDB to cancel the pending query; if the worker does not come back within
 * STUCK_AFTER_MS (a long step that cannot be interrupted), the caller restarts the database.
 */
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { DuckDbSession } from '../duckdb/session.ts';
import { checkConsoleSql } from '../../lib/explorer/sql-console.ts';
import { EngineError, messageOf } from './engine-errors.ts';

export const MAX_CONSOLE_ROWS = 10_000;
const STUCK_AFTER_MS = 2_000;

export type ConsoleValue = string | number | boolean | null;

export interface ConsoleResult {
  columns: string[];
  rows: ConsoleValue[][];
  truncated: boolean;
  ms: number;
}

/** A value as the console shows it: numbers and text as they are, dates as ISO text, nested values as JSON. */
function plain(value: unknown, type: string): ConsoleValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' && /^(Date|Timestamp)/.test(type)) return new Date(value).toISOString();
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString();
  // Lists, structs and maps: Arrow rows and vectors serialise themselves through toJSON.
  return JSON.stringify(value, (_key, inner: unknown) => (typeof inner === 'bigint' ? inner.toString() : inner));
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
  const types = reader.schema.fields.map((field) => String(field.type));
  const rows: ConsoleValue[][] = [];
  let truncated = false;
  for await (const batch of reader) {
    if (aborted()) break;
    for (const row of batch) {
      if (rows.length === limit) { truncated = true; break; }
      const values = row?.toArray() as unknown[] | undefined ?? [];
      rows.push(columns.map((_, index) => plain(values[index], types[index] ?? '')));
    }
    if (truncated) break;
  }
  return { columns, rows, truncated };
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
  const limit = Math.max(1, Math.min(MAX_CONSOLE_ROWS, Math.floor(options.limit)));
  const started = performance.now();
  const signal = options.signal;
  let resolveIdle: () => void = () => undefined;
  const idle = new Promise<void>((resolve) => { resolveIdle = resolve; });

  const result = new Promise<ConsoleResult>((resolve, reject) => {
    if (signal?.aborted) { reject(new EngineError('query', 'cancelled', 'The query was cancelled.')); resolveIdle(); return; }
    let connection: AsyncDuckDBConnection | undefined;
    let workDone = false;
    const onAbort = () => {
      reject(new EngineError('query', 'cancelled', 'The query was cancelled.'));
      void connection?.cancelSent().catch(() => false);
      setTimeout(() => {
        if (workDone) return;
        onStuck();
        resolveIdle();
      }, STUCK_AFTER_MS);
    };
    signal?.addEventListener('abort', onAbort, { once: true });

    const work = async () => {
      connection = await session.connect();
      try {
        return await execute(connection, sql, limit, () => signal?.aborted ?? false);
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
      signal?.removeEventListener('abort', onAbort);
      resolveIdle();
    });
  });
  return { result, idle };
}
