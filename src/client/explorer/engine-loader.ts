/**
 * The one lazy data engine of a page. DuckDB and hyparquet are only imported here, with a dynamic
 * import(), so they load on the explorer and embed pages only, and only once. A failed import or start
 * can be retried: the next call starts over.
 */
import type { ExplorerStrings } from '../../lib/explorer/strings.ts';
import type { Engine, EngineOptions, EngineProgress } from './engine.ts';

type EngineModule = typeof import('./engine.ts');

let engineModule: Promise<EngineModule> | null = null;

function importEngineModule(): Promise<EngineModule> {
  engineModule ??= import('./engine.ts').catch((error: unknown) => {
    engineModule = null;
    throw Object.assign(new Error(`The data engine's code could not be loaded: ${String(error)}`), { code: 'wasm-failed' });
  });
  return engineModule;
}

export class EngineHandle {
  private created: Promise<Engine> | null = null;
  private readyPromise: Promise<Engine> | null = null;
  private readonly options: EngineOptions;

  constructor(options: EngineOptions) {
    this.options = options;
  }

  /** The engine, not yet loaded: its cross-tabs may start now and wait for DuckDB themselves. */
  create(): Promise<Engine> {
    this.created ??= importEngineModule().then(
      (module) => module.createEngine(this.options),
      (error: unknown) => {
        this.created = null;
        throw error;
      },
    );
    return this.created;
  }

  /** The ready engine; concurrent callers share one start, and a failed start is retried by the next call. */
  ready(onProgress: (progress: EngineProgress) => void): Promise<Engine> {
    this.readyPromise ??= (async () => {
      const engine = await this.create();
      await engine.ready(onProgress);
      return engine;
    })().catch((error: unknown) => {
      this.readyPromise = null;
      throw error;
    });
    return this.readyPromise;
  }
}

/** The code of an engine error (EngineError or the import failure above), if it has one. */
export function errorCode(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return null;
}

/** What went wrong, in the page language. */
export function engineErrorText(error: unknown, strings: ExplorerStrings): string {
  switch (errorCode(error)) {
    case 'wasm-failed': return strings.error_wasm;
    case 'parquet-failed': return strings.error_parquet;
    case 'parquet-truncated': return strings.error_truncated;
    case 'query-failed': return strings.error_query;
    default: return strings.error_generic;
  }
}
