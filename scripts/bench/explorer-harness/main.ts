/**
 * The benchmark's page (built by scripts/bench/explorer-build.ts, never part of the site): the
 * explorer engine, Arquero and plain TypeScript loops, side by side on the same columns of the same
 * Parquet file, driven from scripts/bench/explorer.ts through `window.bench`.
 */
import * as aq from 'arquero';
import type { ResolvedCodebook } from '../../../src/lib/codebook/resolved.ts';
import { createEngine, EngineError, type Engine } from '../../../src/client/explorer/engine/engine.ts';
import { ParquetColumns, type ColumnData } from '../../../src/client/explorer/engine/parquet-columns.ts';
import { parseState, type ExplorerState } from '../../../src/lib/explorer/state.ts';
import { buildCrosstabQuery, columnsNeeded, groupCodes } from '../../../src/lib/explorer/sql.ts';
import { crosstabFromCells } from '../../../src/lib/explorer/sql-result.ts';
import { collapseRows, type CellSums, type CrosstabResult } from '../../../src/lib/stats/index.ts';
import { arqueroCells, loopCells } from './alternatives.ts';

interface Timed {
  ms: number;
  shares: (number | null)[];
}

let codebook: ResolvedCodebook;
let engine: Engine;
let parquetUrl = '';
const arrays = new Map<string, ColumnData>();
let arqueroTable: ReturnType<typeof aq.table> | undefined;

function stateOf(query: string): ExplorerState {
  const { state, problems } = parseState(new URLSearchParams(query), codebook);
  if (problems.length > 0) throw new Error(`Invalid spec ${query}: ${JSON.stringify(problems)}`);
  return state;
}

function sharesOf(result: CrosstabResult): (number | null)[] {
  return result.cells.map((cell) => cell.share);
}

/**
 * The alternatives count every answer on its own; with an answer group, the SQL counts the group as one
 * row, so their cells are collapsed the same way (the group's codes to 1, the rest to 0) before the
 * shares are compared.
 */
function tableOf(state: ExplorerState, cells: CellSums[]): CrosstabResult {
  const codes = groupCodes(state, codebook);
  return crosstabFromCells(buildCrosstabQuery(state, codebook), codes ? collapseRows(cells, codes) : cells);
}

const bench = {
  async setup(url: string): Promise<void> {
    parquetUrl = url;
    codebook = (await (await fetch('/data/wbsb/codebook.en.json')).json()) as ResolvedCodebook;
    engine = createEngine({ parquetUrl, codebook });
  },

  /** Milliseconds until DuckDB is ready, from this call. */
  async ready(): Promise<number> {
    const started = performance.now();
    await engine.ready();
    return performance.now() - started;
  },

  /** Ready and one cross-tab, reporting the EngineError's stage and code instead of throwing. */
  async attempt(query: string): Promise<{ ok: boolean; stage?: string; code?: string; message?: string }> {
    try {
      await engine.ready();
      await engine.crosstab(stateOf(query));
      return { ok: true };
    } catch (error) {
      if (error instanceof EngineError) return { ok: false, stage: error.stage, code: error.code, message: error.message };
      return { ok: false, message: String(error) };
    }
  },

  async crosstab(query: string): Promise<Timed & { bytesFetched: number; wallMs: number; sql: string; parts: Record<string, number> }> {
    performance.clearMeasures();
    const started = performance.now();
    const run = await engine.crosstab(stateOf(query));
    // The same step may be measured twice (before and after DuckDB is ready): add the durations up.
    const parts: Record<string, number> = {};
    for (const entry of performance.getEntriesByType('measure')) {
      const step = entry.name.replace('explorer-engine:', '');
      parts[step] = (parts[step] ?? 0) + entry.duration;
    }
    return { ms: run.ms, wallMs: performance.now() - started, bytesFetched: run.bytesFetched, shares: sharesOf(run.result), sql: run.sql, parts };
  },

  /** Compressed bytes of each column's chunks, read from the footer (with its own requests). */
  async chunkBytes(): Promise<Record<string, number>> {
    const file = await ParquetColumns.open(parquetUrl);
    return Object.fromEntries(file.names.map((name) => [name, file.chunkBytes(name)]));
  },

  columnsOf(query: string): string[] {
    return columnsNeeded(stateOf(query), codebook);
  },

  /** Loads the same columns into typed arrays for the Arquero and loop variants. */
  async loadArrays(columns: string[]): Promise<number> {
    const file = await ParquetColumns.open(parquetUrl);
    for (const name of columns) if (!arrays.has(name)) arrays.set(name, await file.read(name));
    const weight = arrays.get('weight');
    const data: Record<string, ColumnData> = Object.fromEntries(arrays);
    if (weight instanceof Float64Array) data['weight2'] = weight.map((w) => w * w);
    arqueroTable = aq.table(data);
    return file.rowCount;
  },

  arquero(query: string): Timed {
    const state = stateOf(query);
    if (!arqueroTable) throw new Error('loadArrays first');
    const started = performance.now();
    const result = tableOf(state, arqueroCells(arqueroTable, state));
    return { ms: performance.now() - started, shares: sharesOf(result) };
  },

  typescript(query: string): Timed {
    const state = stateOf(query);
    const started = performance.now();
    const result = tableOf(state, loopCells(arrays, state));
    return { ms: performance.now() - started, shares: sharesOf(result) };
  },

  /** Runs a console query; resolves with the result or the EngineError's code. */
  async query(sql: string, limit: number, abortAfterMs?: number): Promise<{ ok: boolean; code?: string; message?: string; rows?: unknown[][]; truncated?: boolean; ms: number }> {
    const started = performance.now();
    const controller = new AbortController();
    if (abortAfterMs !== undefined) setTimeout(() => controller.abort(), abortAfterMs);
    try {
      const result = await engine.query(sql, { limit, signal: controller.signal });
      return { ok: true, rows: result.rows, truncated: result.limited !== null, ms: performance.now() - started };
    } catch (error) {
      return { ok: false, code: error instanceof EngineError ? error.code : String(error), message: String(error), ms: performance.now() - started };
    }
  },
};

declare global {
  interface Window {
    bench: typeof bench;
  }
}

window.bench = bench;
const status = document.getElementById('status');
if (status) status.textContent = 'ready';
