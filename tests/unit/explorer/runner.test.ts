/**
 * The view runner's order of work: a page opened on a non-default view asks the engine for it before
 * DuckDB is ready (so the columns download meanwhile) and shows it once DuckDB is; the default view
 * waits; a state changed while loading wins; faults are shown only once loading has settled, and
 * Retry computes again.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CrosstabRun, Engine } from '../../../src/client/explorer/engine/engine.ts';
import { EngineError } from '../../../src/client/explorer/engine/engine-errors.ts';
import type { ExplorerConfig } from '../../../src/lib/explorer/page-config.ts';
import { defaultState, serializeState, type ExplorerState } from '../../../src/lib/explorer/state.ts';
import type { CrosstabResult } from '../../../src/lib/stats/index.ts';
import { codebook, strings } from './fixture.ts';

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

function deferred<T>(): Deferred<T> {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((yes, no) => { resolve = yes; reject = no; });
  return { promise, resolve, reject };
}

/** A stand-in for the page's engine handle: DuckDB's start is a promise the test settles. */
class FakeHandle {
  readonly log: string[] = [];
  loading = deferred<void>();
  failures: Error[] = [];
  readonly engine = {
    crosstab: (state: ExplorerState): Promise<CrosstabRun> => {
      this.log.push(`crosstab ${state.breakdown}`);
      const failure = this.failures.shift();
      if (failure !== undefined) return Promise.reject(failure);
      return Promise.resolve({ result: { breakdown: state.breakdown } as unknown as CrosstabResult, sql: `SQL ${state.breakdown}`, ms: 1, bytesFetched: 0 });
    },
  } as unknown as Engine;

  create(): Promise<Engine> {
    return Promise.resolve(this.engine);
  }

  /** Shared by every caller, like the real handle's start. */
  private started: Promise<Engine> | null = null;

  ready(): Promise<Engine> {
    this.started ??= this.loading.promise.then(() => {
      this.log.push('ready');
      return this.engine;
    });
    return this.started;
  }
}

const fake: { handle: unknown } = vi.hoisted(() => ({ handle: null }));

vi.mock('../../../src/client/explorer/engine/engine-loader.ts', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  EngineHandle: function EngineHandle() { return fake.handle; },
}));
// The view is the result and state as they are, so the test sees which computation was shown.
vi.mock('../../../src/lib/explorer/view.ts', () => ({
  buildView: (result: unknown, state: ExplorerState) => ({ result, state }),
}));

const { ViewRunner } = await import('../../../src/client/explorer/ui/runner.ts');

const config: ExplorerConfig = {
  lang: 'en', siteUrl: 'https://securitybarometer.qkss.org', codebookUrl: '', parquetUrl: '', consoleTables: [],
  defaultQuery: serializeState(defaultState(codebook)),
  defaultResult: { breakdown: 'default' } as unknown as CrosstabResult,
  strings,
};
const emptyRoot = { querySelector: () => null } as unknown as ParentNode;
const byGender: ExplorerState = { ...defaultState(codebook), breakdown: 'gender', chart: 'grouped' };
const byNothing: ExplorerState = { ...defaultState(codebook), breakdown: 'none', chart: 'grouped' };

/** Lets every pending promise callback run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

let handle: FakeHandle;
let shown: { breakdown: string; sql: string | null }[];

function runner() {
  shown = [];
  return new ViewRunner(emptyRoot, config, codebook, (view, sql) => {
    shown.push({ breakdown: (view as unknown as { state: ExplorerState }).state.breakdown, sql });
  });
}

beforeEach(() => {
  handle = new FakeHandle();
  fake.handle = handle;
});
afterEach(() => vi.restoreAllMocks());

describe('view runner', () => {
  it('asks for a non-default view before DuckDB is ready and shows it once it is', async () => {
    const r = runner();
    void r.request(byGender);
    const started = r.start();
    await settle();
    expect(handle.log).toEqual(['crosstab gender']);
    expect(shown).toEqual([]);
    handle.loading.resolve();
    await started;
    expect(handle.log).toEqual(['crosstab gender', 'ready']);
    expect(shown).toEqual([{ breakdown: 'gender', sql: 'SQL gender' }]);
  });

  it('shows the default view at once and computes it only after DuckDB is ready', async () => {
    const r = runner();
    void r.request(r.defaultView().state);
    expect(shown).toEqual([{ breakdown: 'wave', sql: null }]);
    const started = r.start();
    await settle();
    expect(handle.log).toEqual([]);
    handle.loading.resolve();
    await started;
    expect(handle.log).toEqual(['ready', 'crosstab wave']);
    expect(shown.at(-1)).toEqual({ breakdown: 'wave', sql: 'SQL wave' });
  });

  it('computes the latest state when the reader changed it while DuckDB loaded', async () => {
    const r = runner();
    void r.request(byGender);
    const started = r.start();
    await settle();
    void r.request(byNothing);
    handle.loading.resolve();
    await started;
    expect(handle.log).toEqual(['crosstab gender', 'ready', 'crosstab none']);
    expect(shown).toEqual([{ breakdown: 'none', sql: 'SQL none' }]);
  });

  it('reports an early failure after loading settled, and Retry computes again', async () => {
    const r = runner();
    const fault = vi.spyOn(r.status, 'fault');
    handle.failures.push(new EngineError('columns', 'parquet-failed', 'HTTP 500'));
    void r.request(byGender);
    const started = r.start();
    await settle();
    expect(fault).not.toHaveBeenCalled();
    handle.loading.resolve();
    await started;
    expect(fault).toHaveBeenCalledExactlyOnceWith(strings.error_parquet);
    expect(shown).toEqual([]);
    await r.start();
    expect(handle.log).toEqual(['crosstab gender', 'ready', 'crosstab gender']);
    expect(shown).toEqual([{ breakdown: 'gender', sql: 'SQL gender' }]);
  });

  it('shows the loading fault once when DuckDB fails, with no unhandled early rejection', async () => {
    const r = runner();
    const fault = vi.spyOn(r.status, 'fault');
    void r.request(byGender);
    const started = r.start();
    handle.loading.reject(new EngineError('wasm', 'wasm-failed', 'no wasm'));
    await started;
    await settle();
    expect(fault).toHaveBeenCalledExactlyOnceWith(strings.error_wasm);
    expect(shown).toEqual([]);
  });
});
