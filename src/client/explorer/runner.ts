/**
 * Turns states into views: the pre-rendered default straight away, every other state through the data
 * engine once it has loaded (progress and faults go to the status view, and Retry starts over). Only
 * the latest request is shown, however the answers arrive.
 */
import type { ResolvedCodebook } from '../../lib/codebook/resolved.ts';
import { formatBytes } from '../../lib/explorer/bytes.ts';
import { fillSlots } from '../../lib/explorer/describe.ts';
import type { ExplorerConfig } from '../../lib/explorer/prerender.ts';
import { parseState, type ExplorerState } from '../../lib/explorer/state.ts';
import { buildView, type ExplorerView } from '../../lib/explorer/view.ts';
import type { Engine, EngineProgress } from './engine.ts';
import { EngineHandle, engineErrorText } from './engine-loader.ts';
import { StatusView } from './status.ts';
import { sameState } from './url-state.ts';

export type ShowView = (view: ExplorerView, sql: string | null) => void;

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
    this.handle = new EngineHandle(config.parquetUrl, codebook);
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

  /** Loads the engine (again, after a fault) and computes the latest wanted state. */
  async start(): Promise<void> {
    this.status.clearFault();
    try {
      await this.handle.ready(this.onProgress);
      this.engineReady = true;
    } catch (error) {
      this.status.fault(engineErrorText(error, this.config.strings));
      return;
    }
    await this.request(this.wanted);
  }

  /** Shows a state: the default at once while the engine loads, anything else when the engine has computed it. */
  async request(state: ExplorerState): Promise<void> {
    const ticket = ++this.ticket;
    this.wanted = state;
    if (!this.engineReady) {
      if (this.isDefault(state)) this.show(this.defaultView(), null);
      else this.status.say(this.config.strings.status_pending);
      return;
    }
    try {
      const engine = await this.handle.ready(this.onProgress);
      const run = await engine.crosstab(state);
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
