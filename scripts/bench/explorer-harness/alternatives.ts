/**
 * The same cross-tab cells as the engine's SQL, computed two other ways for the benchmark's
 * comparison: Arquero (compiled expressions, groupby + rollup) and a plain loop over typed arrays.
 * Column ids come from a state already parsed against the codebook.
 */
import * as aq from 'arquero';
import { MISSING_CODES } from '../../../src/lib/codebook/schema.ts';
import type { ExplorerState } from '../../../src/lib/explorer/state.ts';
import { excludedAnswerCodes, TOTAL_COLUMN } from '../../../src/lib/explorer/sql.ts';
import type { CellSums } from '../../../src/lib/stats/index.ts';
import type { ColumnData } from '../../../src/client/explorer/engine/parquet-columns.ts';

const MISSING: readonly number[] = MISSING_CODES;
type ArqueroTable = ReturnType<typeof aq.table>;

export function arqueroCells(table: ArqueroTable, state: ExplorerState): CellSums[] {
  const field = (id: string) => `d[${JSON.stringify(id)}]`;
  const conditions = [
    ...excludedAnswerCodes(state.includeMissing).map((code) => `${field(state.question)} !== ${code}`),
    ...(state.breakdown === 'none' ? [] : MISSING.map((code) => `${field(state.breakdown)} !== ${code}`)),
    ...Object.entries(state.filters).map(([id, codes]) => `op.includes(${JSON.stringify(codes)}, ${field(id)})`),
  ];
  const grouped = table
    .filter(`d => ${conditions.join(' && ')}`)
    .groupby(state.breakdown === 'none' ? { answer: `d => ${field(state.question)}` } : { answer: `d => ${field(state.question)}`, grp: `d => ${field(state.breakdown)}` });
  const sums = state.weighted
    ? { n: 'd => op.count()', sum_w: 'd => op.sum(d.weight)', sum_w2: 'd => op.sum(d.weight2)' }
    : { n: 'd => op.count()' };
  return grouped.rollup(sums).objects().map((row) => {
    const record = row as Record<string, number>;
    const n = record['n'] ?? 0;
    return {
      row: record['answer'] ?? 0,
      col: state.breakdown === 'none' ? TOTAL_COLUMN : String(record['grp']),
      n,
      sumW: state.weighted ? (record['sum_w'] ?? 0) : n,
      sumW2: state.weighted ? (record['sum_w2'] ?? 0) : n,
    };
  });
}

function numeric(arrays: Map<string, ColumnData>, id: string): Int32Array | Float64Array {
  const data = arrays.get(id);
  if (!(data instanceof Int32Array) && !(data instanceof Float64Array)) throw new Error(`Column ${id} is not loaded as numbers`);
  return data;
}

export function loopCells(arrays: Map<string, ColumnData>, state: ExplorerState): CellSums[] {
  const answers = numeric(arrays, state.question);
  const groups = state.breakdown === 'none' ? undefined : numeric(arrays, state.breakdown);
  const weights = state.weighted ? numeric(arrays, 'weight') : undefined;
  const filters = Object.entries(state.filters).map(([id, codes]) => ({ data: numeric(arrays, id), codes: new Set(codes) }));
  const excluded = new Set(excludedAnswerCodes(state.includeMissing));
  const cells = new Map<number, CellSums>();
  rows: for (let index = 0; index < answers.length; index += 1) {
    for (const filter of filters) if (!filter.codes.has(filter.data[index] ?? -1)) continue rows;
    const answer = answers[index] ?? -1;
    if (excluded.has(answer)) continue;
    const group = groups ? (groups[index] ?? -1) : 0;
    if (groups && MISSING.includes(group)) continue;
    const weight = weights ? (weights[index] ?? 0) : 1;
    const key = answer * 100_000 + group;
    let cell = cells.get(key);
    if (!cell) {
      cell = { row: answer, col: groups ? String(group) : TOTAL_COLUMN, n: 0, sumW: 0, sumW2: 0 };
      cells.set(key, cell);
    }
    cell.n += 1;
    cell.sumW += weight;
    cell.sumW2 += weight * weight;
  }
  return [...cells.values()];
}
