/**
 * The power users' SQL console: runs one read-only statement through the engine within the console's
 * limits (console-limits.ts: time, rows, output size, value length), can cancel it, and shows the rows
 * as a table or the error as DuckDB words it, saying which limit, if any, cut the result short.
 */
import { pluralForm } from '../../../lib/plural.ts';
import { CONSOLE_MAX_CELL_CHARS, CONSOLE_MAX_ROWS, CONSOLE_TIME_LIMIT_MS } from '../../../lib/explorer/console-limits.ts';
import { fillSlots } from '../../../lib/explorer/describe.ts';
import type { ExplorerConfig } from '../../../lib/explorer/page-config.ts';
import { formatCount } from '../../../lib/format.ts';
import type { Engine } from '../engine/engine.ts';
import { errorCode } from '../engine/engine-loader.ts';
import type { ConsoleResult } from '../engine/sql-console-engine.ts';

const DEFAULT_LIMIT = 100;

function cellText(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}

function resultTable(columns: string[], rows: unknown[][], caption: string): HTMLTableElement {
  const table = document.createElement('table');
  const captionElement = table.createCaption();
  captionElement.className = 'visually-hidden';
  captionElement.textContent = caption;
  const headRow = table.createTHead().insertRow();
  for (const name of columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = name;
    headRow.append(th);
  }
  const body = table.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    for (const value of row) {
      const td = tr.insertCell();
      td.textContent = cellText(value);
      if (typeof value === 'number') td.className = 'num';
    }
  }
  return table;
}

export class SqlConsole {
  private readonly root: HTMLElement;
  private readonly config: ExplorerConfig;
  private readonly engine: () => Promise<Engine>;
  private controller: AbortController | null = null;

  constructor(root: HTMLElement, config: ExplorerConfig, engine: () => Promise<Engine>) {
    this.root = root;
    this.config = config;
    this.engine = engine;
    root.querySelector('[data-console-run]')?.addEventListener('click', () => void this.run());
    root.querySelector('[data-console-cancel]')?.addEventListener('click', () => this.controller?.abort());
    root.querySelector('[data-console-query]')?.addEventListener('keydown', (event) => {
      const key = event as KeyboardEvent;
      if (key.key === 'Enter' && (key.ctrlKey || key.metaKey)) { key.preventDefault(); void this.run(); }
    });
  }

  /** Offers the current view's SQL as a starting point while the box is empty or still holds an earlier offer. */
  suggest(sql: string): void {
    const box = this.root.querySelector<HTMLTextAreaElement>('[data-console-query]');
    if (box && (box.value.trim() === '' || box.dataset['suggested'] === box.value)) {
      box.value = sql;
      box.dataset['suggested'] = sql;
    }
  }

  private element<T extends HTMLElement>(selector: string): T | null {
    return this.root.querySelector<T>(selector);
  }

  private limit(): number {
    const value = Number(this.element<HTMLInputElement>('[data-console-limit]')?.value);
    return Number.isInteger(value) && value >= 1 ? Math.min(value, CONSOLE_MAX_ROWS) : DEFAULT_LIMIT;
  }

  private setRunning(running: boolean): void {
    const run = this.element<HTMLButtonElement>('[data-console-run]');
    const cancel = this.element<HTMLButtonElement>('[data-console-cancel]');
    if (run) run.disabled = running;
    if (cancel) cancel.disabled = !running;
  }

  /** "12 rows in 5 ms.", and which limit cut the result short. */
  private summary(result: ConsoleResult, limit: number): string {
    const { strings: s, lang } = this.config;
    return [
      fillSlots(pluralForm(lang, s.console_rows, result.rows.length), { count: formatCount(lang, result.rows.length), ms: Math.round(result.ms) }),
      ...(result.limited === 'rows' ? [fillSlots(s.console_truncated, { limit: formatCount(lang, limit) })] : []),
      ...(result.limited === 'size' ? [fillSlots(pluralForm(lang, s.console_truncated_size, result.rows.length), { count: formatCount(lang, result.rows.length) })] : []),
      ...(result.cut ? [fillSlots(s.console_cells_cut, { chars: formatCount(lang, CONSOLE_MAX_CELL_CHARS) })] : []),
    ].join(' ');
  }

  private async run(): Promise<void> {
    const s = this.config.strings;
    const sql = this.element<HTMLTextAreaElement>('[data-console-query]')?.value ?? '';
    const status = this.element('[data-console-status]');
    const error = this.element('[data-console-error]');
    const results = this.element('[data-console-results]');
    const limit = this.limit();
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.setRunning(true);
    if (error) error.hidden = true;
    if (status) status.textContent = s.console_running;
    try {
      const engine = await this.engine();
      const result = await engine.query(sql, { limit, signal: controller.signal });
      if (this.controller !== controller) return;
      if (results) {
        results.replaceChildren(resultTable(result.columns, result.rows, s.console_results_label));
        results.hidden = false;
      }
      if (status) status.textContent = this.summary(result, limit);
    } catch (failure) {
      if (this.controller !== controller) return;
      const code = errorCode(failure);
      if (status) status.textContent = code === 'cancelled' ? s.console_cancelled : code === 'timed-out' ? fillSlots(s.console_timed_out, { seconds: CONSOLE_TIME_LIMIT_MS / 1000 }) : '';
      if (code !== 'cancelled' && code !== 'timed-out' && error) {
        const message = failure instanceof Error ? failure.message : String(failure);
        error.textContent = code === 'not-read-only' ? s.console_not_read_only : fillSlots(s.console_error, { message });
        error.hidden = false;
      }
    } finally {
      if (this.controller === controller) {
        this.controller = null;
        this.setRunning(false);
      }
    }
  }
}
