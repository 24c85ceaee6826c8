/**
 * Turns states into views: the pre-rendered default straight away, every other state through the data
 * engine once it has loaded (progress and faults go to the status view, and Retry starts over). Only
 * the latest request is shown, however the answers arrive.
 *
 * A page opened on another view than the default asks the engine for it at once: the engine downloads
 * and decodes the view's columns while DuckDB-WASM loads, and the answer is shown once DuckDB is ready.
 */
import type { ResolvedCodebook } from '../../../lib/codebook/resolved.ts';
import { formatBytes } from '../../../lib/format.ts';
import { fillSlots } from '../../../lib/explorer/describe.ts';
import type { ExplorerConfig } from '../../../lib/explorer/page-config.ts';
import { parseState, type ExplorerState } from '../../../lib/explorer/state.ts';
import { buildView, type ExplorerView } from '../../../lib/explorer/view.ts';
import type { CrosstabRun, Engine, EngineProgress } from '../engine/engine.ts';
import { EngineHandle, engineErrorText } from '../engine/engine-loader.ts';
import { StatusView } from './status.ts';
import { sameState } from './url-state.ts';

export type ShowView = (view: ExplorerView, sql: string | null) => void;

/** A cross-tab asked for before the engine was ready. */
interface EarlyRun {
  state: ExplorerState;
  run: Promise<CrosstabRun>;
}

export class ViewRunner {
  private readonly config: ExplorerConfig;
  private readonly codebook: ResolvedCodebook;
  private readonly show: ShowView;
  private readonly handle: EngineHandle;
  readonly status: StatusView;
  private readonly defaultState: ExplorerState;
  private wanted: ExplorerState;
  private ticket = 0;
  private engineReady = false;
  private readonly onProgress = (progress: EngineProgress) => this.status.progress(progress);

  constructor(root: ParentNode, config: ExplorerConfig, codebook: ResolvedCodebook, show: ShowView) {
    this.config = config;
    this.codebook = codebook;
    this.show = show;
    this.handle = new EngineHandle({ parquetUrl: config.parquetUrl, codebook, consoleTables: config.consoleTables });
    this.status = new StatusView(root, config, () => void this.start());
    this.defaultState = parseState(new URLSearchParams(config.defaultQuery), codebook).state;
    this.wanted = this.defaultState;
  }

  /** The pre-rendered default view, rebuilt from the table the page carries. */
  defaultView(): ExplorerView {
    return buildView(this.config.defaultResult, this.defaultState, this.codebook, this.config.strings.table_all);
  }

  isDefault(state: ExplorerState): boolean {
    return sameState(state, this.defaultState);
  }

  /** The engine, started if need be (for the SQL console). */
  engine(): Promise<Engine> {
    return this.handle.ready(this.onProgress);
  }

  /** Starts the cross-tab of a state other than the default before DuckDB is ready; its result waits for start(). */
  private startEarly(state: ExplorerState): EarlyRun | null {
    if (this.engineReady || this.isDefault(state)) return null;
    const run = this.handle.create().then((engine) => engine.crosstab(state));
    // Reported by request() once the engine's start has settled, like any other failure.
    run.catch(() => undefined);
    return { state, run };
  }

  /** Loads the engine (again, after a fault) and computes the latest wanted state. */
  async start(): Promise<void> {
    this.status.clearFault();
    // The page as built says that tables need JavaScript; now that it runs, say the engine is on its way.
    this.status.say(this.config.strings.status_default);
    const early = this.startEarly(this.wanted);
    try {
      await this.handle.ready(this.onProgress);
      this.engineReady = true;
    } catch (error) {
      this.status.fault(engineErrorText(error, this.config.strings));
      return;
    }
    await this.request(this.wanted, early);
  }

  /**
   * Shows a state: the default at once while the engine loads, anything else when the engine has
   * computed it (using the early cross-tab when it was started for this very state).
   */
  async request(state: ExplorerState, early: EarlyRun | null = null): Promise<void> {
    const ticket = ++this.ticket;
    this.wanted = state;
    if (!this.engineReady) {
      if (this.isDefault(state)) this.show(this.defaultView(), null);
      else this.status.say(this.config.strings.status_pending);
      return;
    }
    try {
      const engine = await this.handle.ready(this.onProgress);
      const run = await (early?.state === state ? early.run : engine.crosstab(state));
      if (ticket !== this.ticket) return;
      this.status.clearFault();
      this.show(buildView(run.result, state, this.codebook, this.config.strings.table_all), run.sql);
      this.status.done(fillSlots(this.config.strings.status_ready, { ms: Math.max(1, Math.round(run.ms)), bytes: formatBytes(this.config.lang, run.bytesFetched) }));
    } catch (error) {
      if (ticket !== this.ticket) return;
      this.status.fault(engineErrorText(error, this.config.strings));
    }
  }
}
