/**
 * The one lazy data engine of a page. DuckDB and hyparquet are only imported here, with a dynamic
 * import(), so they load on the explorer and embed pages only, and only once. A failed import or start
 * can be retried: the next call starts over.
 */
import type { ExplorerStrings } from '../../../lib/explorer/strings.ts';
import type { Engine, EngineOptions, EngineProgress } from './engine.ts';
import { EngineError, type EngineErrorCode } from './engine-errors.ts';
import { memoise } from '../../memo.ts';

type EngineModule = typeof import('./engine.ts');

const engineModule = memoise((): Promise<EngineModule> =>
  import('./engine.ts').catch((error: unknown) => {
    throw new EngineError('wasm', 'wasm-failed', `The data engine's code could not be loaded: ${String(error)}`, { cause: error });
  }));

export class EngineHandle {
  private readonly options: EngineOptions;
  private readonly created = memoise(() => engineModule.get().then((module) => module.createEngine(this.options)));
  private readonly started = memoise(async (onProgress: (progress: EngineProgress) => void) => {
    const engine = await this.create();
    await engine.ready(onProgress);
    return engine;
  });

  constructor(options: EngineOptions) {
    this.options = options;
  }

  /** The engine, not yet loaded: its cross-tabs may start now and wait for DuckDB themselves. */
  create(): Promise<Engine> {
    return this.created.get();
  }

  /** The ready engine; concurrent callers share one start, and a failed start is retried by the next call. */
  ready(onProgress: (progress: EngineProgress) => void): Promise<Engine> {
    return this.started.get(onProgress);
  }
}

/** The code of an engine error, if it is one. */
export function errorCode(error: unknown): EngineErrorCode | null {
  return error instanceof EngineError ? error.code : null;
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
