/**
 * The SQL builder's query, run by DuckDB in Node on the published Parquet file and turned into a table
 * by the statistics library, against a plain loop over the Parquet rows decoded by hyparquet.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import { parseState, type ExplorerState } from '../../../src/lib/explorer/state.ts';
import { buildCrosstabQuery, buildSubsetQuery } from '../../../src/lib/explorer/sql.ts';
import { buildCopySql } from '../../../src/lib/explorer/sql-copy.ts';
import { loadCodebook, openReference, PARQUET_PATH, REFERENCE_SPECS, type ReferenceDatabase } from '../../e2e/support/reference-crosstab.ts';

const codebook = loadCodebook();
let reference: ReferenceDatabase;
let records: Record<string, number>[];

beforeAll(async () => {
  reference = await openReference(codebook);
  const file = await asyncBufferFromFile(PARQUET_PATH);
  records = (await parquetReadObjects({ file, columns: [...codebook.demographics.map((d) => d.id), 'weight', ...codebook.questions.map((q) => q.id)] })) as Record<string, number>[];
});
afterAll(() => reference.close());

const MISSING = [97, 98, 99];

/** The codes a state's measure adds up, read straight from the codebook. */
function groupCodes(state: ExplorerState): number[] | null {
  if (state.measure.kind === 'answers') return null;
  if (state.measure.kind === 'codes') return state.measure.codes;
  return codebook.questions.find((q) => q.id === state.question)?.key.codes ?? null;
}

/** Σ over respondents, written out: filters, missing-code rules, then n, Σw, Σw² per (answer, group). */
function loopCells(state: ExplorerState): Map<string, { n: number; sumW: number; sumW2: number }> {
  const cells = new Map<string, { n: number; sumW: number; sumW2: number }>();
  for (const record of records) {
    const passes = Object.entries(state.filters).every(([id, codes]) => codes.includes(record[id] ?? -1));
    if (!passes) continue;
    const code = record[state.question] ?? -1;
    if (code === 97 || (!state.includeMissing && (code === 98 || code === 99))) continue;
    // An answer group counts as 1, everything else in the table as 0.
    const answer = groupCodes(state) ? (groupCodes(state)?.includes(code) ? 1 : 0) : code;
    let group = 'total';
    if (state.breakdown !== 'none') {
      const groupCode = record[state.breakdown] ?? -1;
      if (MISSING.includes(groupCode)) continue;
      group = String(groupCode);
    }
    const weight = state.weighted ? (record['weight'] ?? 0) : 1;
    const key = `${answer}|${group}`;
    const cell = cells.get(key) ?? { n: 0, sumW: 0, sumW2: 0 };
    cell.n += 1;
    cell.sumW += weight;
    cell.sumW2 += weight * weight;
    cells.set(key, cell);
  }
  return cells;
}

describe.each(REFERENCE_SPECS)('cross-tab %s', (query) => {
  const { state, problems } = parseState(new URLSearchParams(query), codebook);

  it('is a valid permalink', () => expect(problems).toEqual([]));

  it('gives the same cells and shares by SQL as by a loop over the rows', async () => {
    const result = await reference.crosstab(state);
    const loop = loopCells(state);
    const columnTotals = new Map<string, { n: number; sumW: number; sumW2: number }>();
    for (const [key, cell] of loop) {
      const group = key.split('|')[1] ?? '';
      const total = columnTotals.get(group) ?? { n: 0, sumW: 0, sumW2: 0 };
      columnTotals.set(group, { n: total.n + cell.n, sumW: total.sumW + cell.sumW, sumW2: total.sumW2 + cell.sumW2 });
    }
    expect(new Set(result.cols)).toEqual(new Set(columnTotals.keys()));
    for (const column of result.columns) {
      const total = columnTotals.get(column.col);
      expect(column.n).toBe(total?.n);
      expect(column.sumW).toBeCloseTo(total?.sumW ?? Number.NaN, 8);
      expect(column.nEff).toBeCloseTo(((total?.sumW ?? 0) ** 2) / (total?.sumW2 ?? 1), 6);
      expect(column.reliability).toBe((total?.n ?? 0) < 30 ? 'suppressed' : (total?.n ?? 0) < 50 ? 'unreliable' : 'ok');
    }
    for (const cell of result.cells) {
      const expected = loop.get(`${cell.row}|${cell.col}`) ?? { n: 0, sumW: 0, sumW2: 0 };
      const total = columnTotals.get(cell.col);
      expect(cell.n).toBe(expected.n);
      if (cell.reliability === 'suppressed') expect(cell.share).toBeNull();
      else expect(cell.share).toBeCloseTo(expected.sumW / (total?.sumW ?? Number.NaN), 12);
    }
    expect(result.cells.length).toBe(result.rows.length * result.cols.length);
  });

  it('has a copy SQL that reproduces the shares and intervals against the Parquet file', async () => {
    const result = await reference.crosstab(state);
    const copy = buildCopySql(state, codebook, PARQUET_PATH);
    const rows = await reference.rows(copy.replace(/;\s*$/, ''));
    for (const row of rows) {
      const cell = result.cells.find((c) => c.row === Number(row['answer']) && c.col === String(row['grp']));
      expect(cell, `cell ${String(row['answer'])}/${String(row['grp'])}`).toBeDefined();
      if (!cell || cell.share === null) continue;
      expect(Number(row['share'])).toBeCloseTo(cell.share, 12);
      expect(Number(row['ci_low'])).toBeCloseTo(cell.lo ?? Number.NaN, 12);
      expect(Number(row['ci_high'])).toBeCloseTo(cell.hi ?? Number.NaN, 12);
    }
  });
});

describe('subset query', () => {
  it('returns the filtered rows with the chosen variables', async () => {
    const { state } = parseState(new URLSearchParams('q=trust_police&by=none&country=2&gender=2'), codebook);
    const subset = buildSubsetQuery(state, ['trust_police', 'weight'], codebook);
    const rows = await reference.rows(subset.sql, subset.params);
    const expected = records.filter((r) => r['country'] === 2 && r['gender'] === 2);
    expect(expected.length).toBeGreaterThan(0);
    expect(rows.length).toBe(expected.length);
    expect(rows.map((r) => r['trust_police'])).toEqual(expected.map((r) => r['trust_police']));
  });

  it('needs four columns for the default view', () => {
    expect(buildCrosstabQuery(parseState(new URLSearchParams(''), codebook).state, codebook).columns).toEqual(['trust_police', 'wave', 'country', 'weight']);
  });
});
