/**
 * The explorer engine's one error type: which stage failed and a code the page can turn into a
 * clear message (with a retry) in the reader's language.
 */

export type EngineStage = 'wasm' | 'instantiate' | 'columns' | 'query';

export type EngineErrorCode =
  /** DuckDB-WASM could not be downloaded or started. */
  | 'wasm-failed'
  /** The Parquet file could not be fetched (network error or HTTP error status). */
  | 'parquet-failed'
  /** The Parquet file arrived incomplete or damaged. */
  | 'parquet-truncated'
  /** DuckDB refused or failed the query. */
  | 'query-failed'
  /** The caller aborted the query. */
  | 'cancelled'
  /** The SQL console's query ran past its time limit (CONSOLE_TIME_LIMIT_MS) and was stopped. */
  | 'timed-out'
  /** The SQL console was given a statement that is not a read-only query. */
  | 'not-read-only';

export class EngineError extends Error {
  override name = 'EngineError';
  readonly stage: EngineStage;
  readonly code: EngineErrorCode;

  constructor(stage: EngineStage, code: EngineErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.stage = stage;
    this.code = code;
  }
}

/** The message of anything thrown, for wrapping it in an EngineError. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Keeps an EngineError as it is; wraps anything else with the given stage and code. */
export function asEngineError(error: unknown, stage: EngineStage, code: EngineErrorCode): EngineError {
  if (error instanceof EngineError) return error;
  return new EngineError(stage, code, messageOf(error), { cause: error });
}
