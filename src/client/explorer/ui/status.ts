/**
 * The data engine's status line (polite), progress bar and fault message with its retry button.
 */
import { formatBytes } from '../../../lib/format.ts';
import { CONSOLE_TIME_LIMIT_MS } from '../../../lib/explorer/console-limits.ts';
import { fillSlots } from '../../../lib/explorer/describe.ts';
import type { ExplorerConfig } from '../../../lib/explorer/page-config.ts';
import type { EngineProgress } from '../engine/engine.ts';

export class StatusView {
  private readonly status: HTMLElement | null;
  private readonly bar: HTMLProgressElement | null;
  private readonly error: HTMLElement | null;
  private readonly errorText: HTMLElement | null;
  private readonly config: ExplorerConfig;
  private readonly root: HTMLElement | null;

  constructor(root: ParentNode, config: ExplorerConfig, onRetry: () => void) {
    this.status = root.querySelector('[data-engine-status]');
    this.bar = root.querySelector('[data-engine-progress]');
    this.error = root.querySelector('[data-engine-error]');
    this.errorText = root.querySelector('[data-engine-error-text]');
    this.config = config;
    this.root = root.querySelector('[data-engine]');
    root.querySelector('[data-engine-retry]')?.addEventListener('click', onRetry);
  }

  progress(p: EngineProgress): void {
    const s = this.config.strings;
    const known = p.loaded !== undefined && p.total !== undefined && p.total > 0;
    const sizes = known ? { loaded: formatBytes(this.config.lang, p.loaded ?? 0), total: formatBytes(this.config.lang, p.total ?? 0) } : null;
    const text = {
      wasm: sizes ? fillSlots(s.progress_wasm, sizes) : s.progress_wasm_unknown,
      instantiate: s.progress_instantiate,
      columns: sizes ? fillSlots(s.progress_columns, sizes) : s.progress_columns_unknown,
      query: s.progress_query,
      console: fillSlots(s.progress_console, { seconds: CONSOLE_TIME_LIMIT_MS / 1000 }),
    }[p.stage];
    if (this.bar) {
      this.bar.hidden = p.stage === 'query' || p.stage === 'console';
      if (known) { this.bar.max = p.total ?? 1; this.bar.value = p.loaded ?? 0; } else this.bar.removeAttribute('value');
      this.bar.setAttribute('aria-valuetext', text);
    }
    this.mark('loading');
    this.say(text);
  }

  /** loading | ready | fault, on the status element for scripts and tests. */
  private mark(state: string): void {
    if (this.root) this.root.dataset['engineState'] = state;
  }

  say(text: string): void {
    if (this.status) this.status.textContent = text;
  }

  done(text: string): void {
    if (this.bar) this.bar.hidden = true;
    this.mark('ready');
    this.say(text);
  }

  fault(text: string): void {
    if (this.bar) this.bar.hidden = true;
    if (this.errorText) this.errorText.textContent = text;
    if (this.error) this.error.hidden = false;
    this.mark('fault');
    this.say('');
  }

  clearFault(): void {
    if (this.error) this.error.hidden = true;
  }
}
