/**
 * The pipeline on the real codebook and synthetic model (data/surveys/): design effects, the Parquet
 * file read back by hyparquet and by DuckDB, and the aggregates recomputed from the Parquet rows.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResolvedCodebook } from '../../../src/lib/codebook/resolved.ts';
import type { QuestionAggregates } from '../../../src/lib/survey/aggregates.ts';
import { crosstab, type CellSums, type CrosstabResult } from '../../../src/lib/stats/index.ts';
import { runPipeline, type PipelineResult } from '../../../scripts/data.ts';
import { REAL_SURVEYS, removeScratchDirs, scratchDir } from './helpers.ts';

type Row = Record<string, unknown>;

let outDir: string;
let result: PipelineResult;
let codebook: ResolvedCodebook;
let parquetPath: string;
let rows: Row[];

beforeAll(async () => {
  outDir = path.join(await scratchDir(), 'data');
  result = await runPipeline({ dataDir: REAL_SURVEYS, outDir });
  codebook = JSON.parse(await readFile(path.join(outDir, 'wbsb', 'codebook.en.json'), 'utf8')) as ResolvedCodebook;
  parquetPath = path.join(outDir, 'wbsb', 'wbsb.parquet');
  const bytes = await readFile(parquetPath);
  rows = (await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) })) as Row[];
  // 18,000 generated respondents through the whole pipeline: seconds on a quiet machine, more under load.
}, 120_000);
afterAll(removeScratchDirs);

const num = (row: Row, column: string): number => row[column] as number;

describe('the real synthetic model', () => {
  it('gives a design effect between 1.1 and 1.8 in every country-wave', () => {
    const summaries = result.datasets[0]?.synthetic ?? [];
    expect(summaries).toHaveLength(codebook.dataset.countries.length * codebook.dataset.waves.length);
    for (const summary of summaries) {
      expect(summary.designEffect, `${summary.country} ${summary.wave}`).toBeGreaterThan(1.1);
      expect(summary.designEffect, `${summary.country} ${summary.wave}`).toBeLessThan(1.8);
    }
  });
});

describe('the Parquet file', () => {
  it('is read by hyparquet: one row per respondent, every codebook variable a typed column', async () => {
    const manifest = result.manifest.datasets[0];
    expect(rows).toHaveLength(manifest?.respondents ?? -1);
    const bytes = await readFile(parquetPath);
    const schema = parquetSchema(parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)));
    const types = new Map(schema.children.map((child) => [child.element.name, child.element.type]));
    const variables = [...codebook.demographics.map((variable) => variable.id), ...codebook.questions.map((question) => question.id)];
    expect([...types.keys()]).toEqual(['id', ...codebook.demographics.map((variable) => variable.id), 'weight', ...codebook.questions.map((question) => question.id)]);
    for (const variable of variables) expect(types.get(variable), variable).toBe('INT32');
    expect(types.get('id')).toBe('BYTE_ARRAY');
    expect(types.get('weight')).toBe('DOUBLE');
    expect(typeof rows[0]?.id).toBe('string');
  });

  it('is read by DuckDB: the same row count, types and weighted sums', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      const file = parquetPath.replaceAll("'", "''");
      const count = await connection.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM read_parquet('${file}')`);
      expect(count.getRowObjectsJS()[0]?.n).toBe(rows.length);
      const described = await connection.runAndReadAll(`DESCRIBE SELECT id, country, weight FROM read_parquet('${file}')`);
      expect(described.getRowObjectsJS().map((row) => [row.column_name, row.column_type])).toEqual([
        ['id', 'VARCHAR'], ['country', 'INTEGER'], ['weight', 'DOUBLE'],
      ]);
      const sums = await connection.runAndReadAll(`SELECT country, sum(weight) AS w FROM read_parquet('${file}') GROUP BY country ORDER BY country`);
      const expected = new Map<number, number>();
      for (const row of rows) expected.set(num(row, 'country'), (expected.get(num(row, 'country')) ?? 0) + num(row, 'weight'));
      for (const row of sums.getRowObjectsJS()) expect(row.w as number).toBeCloseTo(expected.get(row.country as number) ?? Number.NaN, 6);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });
});

/** CellSums accumulated by hand from the Parquet rows (missing codes 97–99 left out). */
function accumulate(selected: Row[], answerOf: (row: Row) => number | undefined, colOf: (row: Row) => string): CellSums[] {
  const cells = new Map<string, CellSums>();
  for (const row of selected) {
    const answer = answerOf(row);
    if (answer === undefined) continue;
    const col = colOf(row);
    const weight = num(row, 'weight');
    const key = `${answer}|${col}`;
    const cell = cells.get(key) ?? { row: answer, col, n: 0, sumW: 0, sumW2: 0 };
    cell.n += 1;
    cell.sumW += weight;
    cell.sumW2 += weight * weight;
    cells.set(key, cell);
  }
  return [...cells.values()];
}

/** Deep equality with numbers compared to 1e-12 relative (sums added in another order differ in the last bits). */
function expectSameTable(actual: CrosstabResult, expected: CrosstabResult, label: string): void {
  expect(actual.rows, label).toEqual(expected.rows);
  expect(actual.cols, label).toEqual(expected.cols);
  const numbers = (table: CrosstabResult): (number | string | null)[] =>
    [...table.columns.flatMap((c) => [c.n, c.sumW, c.nEff, c.reliability]), ...table.cells.flatMap((c) => [c.n, c.share, c.lo, c.hi, c.reliability]),
      table.chiSquare?.statistic ?? null, table.chiSquare?.pValue ?? null, table.chiSquare?.df ?? null];
  const [a, b] = [numbers(actual), numbers(expected)];
  expect(a.length, label).toBe(b.length);
  a.forEach((value, index) => {
    const other = b[index];
    if (typeof value === 'number' && typeof other === 'number') expect(Math.abs(value - other), `${label} #${index}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(other)));
    else expect(value, `${label} #${index}`).toBe(other);
  });
}

describe('the aggregates', () => {
  const questionIds = (): string[] => {
    const ordered = codebook.questions.filter((question) => question.ordered).slice(0, 2);
    const nominal = codebook.questions.filter((question) => !question.ordered).slice(0, 1);
    const limited = codebook.questions.filter((question) => question.countries.length < codebook.dataset.countries.length).slice(0, 1);
    return [...ordered, ...nominal, ...limited].map((question) => question.id);
  };

  it('equal the statistics library applied to sums accumulated from the Parquet rows', async () => {
    const valid = (code: number): number | undefined => (code >= 97 ? undefined : code);
    for (const id of questionIds()) {
      const question = codebook.questions.find((entry) => entry.id === id);
      if (!question) throw new Error(id);
      const aggregates = JSON.parse(await readFile(path.join(outDir, 'wbsb', 'aggregates', `${id}.json`), 'utf8')) as QuestionAggregates;
      expect(aggregates.countries.map((entry) => entry.country)).toEqual(codebook.dataset.countries.map((c) => c.iso).filter((iso) => question.countries.includes(iso)));
      const answerCodes = question.values.map((value) => value.code);
      const key = new Set(question.key.codes);
      const keyOf = (row: Row): number | undefined => {
        const answer = valid(num(row, id));
        return answer === undefined ? undefined : key.has(answer) ? 1 : 0;
      };
      for (const entry of aggregates.countries) {
        const inCountry = rows.filter((row) => num(row, 'country') === entry.countryCode);
        const waves = codebook.dataset.waves.filter((wave) => question.waves.includes(wave)).map(String);
        const byWave = (row: Row): string => String(num(row, 'wave'));
        expectSameTable(entry.trend, crosstab(accumulate(inCountry, (row) => valid(num(row, id)), byWave), { weighted: true, rows: answerCodes, cols: waves }), `${id} ${entry.country} trend`);
        expectSameTable(entry.trendKey, crosstab(accumulate(inCountry, keyOf, byWave), { weighted: true, rows: [1, 0], cols: waves }), `${id} ${entry.country} trendKey`);

        const latest = inCountry.filter((row) => num(row, 'wave') === entry.latest.wave);
        expect(entry.latest.wave).toBe(Number(waves[waves.length - 1]));
        for (const demographic of ['gender', 'region', 'ethnicity']) {
          const variable = codebook.demographics.find((candidate) => candidate.id === demographic);
          const cols = (variable?.values ?? []).filter((value) => !value.countries || value.countries.includes(entry.country)).map((value) => String(value.code));
          const breakdown = entry.latest.byDemographic.find((candidate) => candidate.demographic === demographic);
          const group = (row: Row): string => String(num(row, demographic));
          if (!breakdown) throw new Error(`${id}: no ${demographic} breakdown`);
          expectSameTable(breakdown.full, crosstab(accumulate(latest, (row) => valid(num(row, id)), group), { weighted: true, rows: answerCodes, cols }), `${id} ${entry.country} ${demographic}`);
          expectSameTable(breakdown.key, crosstab(accumulate(latest, keyOf, group), { weighted: true, rows: [1, 0], cols }), `${id} ${entry.country} ${demographic} key`);
        }
      }
    }
  });

  it('hold a weighted key share that matches a direct weighted mean', async () => {
    const question = codebook.questions.find((entry) => entry.ordered && entry.countries.length === codebook.dataset.countries.length);
    if (!question) throw new Error('no ordered question asked everywhere');
    const aggregates = JSON.parse(await readFile(path.join(outDir, 'wbsb', 'aggregates', `${question.id}.json`), 'utf8')) as QuestionAggregates;
    const entry = aggregates.countries[0];
    if (!entry) throw new Error('no country');
    const wave = entry.latest.wave;
    let keyWeight = 0;
    let validWeight = 0;
    for (const row of rows) {
      const answer = num(row, question.id);
      if (num(row, 'country') !== entry.countryCode || num(row, 'wave') !== wave || answer >= 97) continue;
      validWeight += num(row, 'weight');
      if (question.key.codes.includes(answer)) keyWeight += num(row, 'weight');
    }
    const cell = entry.trendKey.cells.find((candidate) => candidate.row === 1 && candidate.col === String(wave));
    expect(cell?.share).toBeCloseTo(keyWeight / validWeight, 12);
  });
});
