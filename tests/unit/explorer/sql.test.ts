import { describe, expect, it } from 'vitest';
import type { ExplorerState, StateVocabulary } from '../../../src/lib/explorer/state.ts';
import { buildCrosstabQuery, buildSubsetQuery, columnsNeeded, crosstabCellsSql, literalBinder, sourceSql } from '../../../src/lib/explorer/sql.ts';
import { buildCopySql } from '../../../src/lib/explorer/sql-copy.ts';
import { quoteIdentifier, SqlBuildError } from '../../../src/lib/explorer/sql-identifiers.ts';

const vocabulary: StateVocabulary = {
  questions: [
    { id: 'trust_police', values: [{ code: 1 }, { code: 2 }, { code: 3 }, { code: 4 }] },
    { id: 'trust_army', values: [{ code: 1 }, { code: 2 }, { code: 3 }, { code: 4 }] },
  ],
  demographics: [
    { id: 'country', values: [{ code: 1 }, { code: 2 }, { code: 3 }] },
    { id: 'wave', values: [{ code: 2021 }, { code: 2024 }] },
    { id: 'ethnicity', values: [{ code: 1 }, { code: 2 }] },
  ],
};

const base: ExplorerState = { question: 'trust_police', breakdown: 'wave', filters: { country: [2] }, weighted: true, includeMissing: false, chart: 'lines', measure: { kind: 'answers' }, reference: null, title: null, subtitle: null };
const placeholders = (sql: string) => (sql.match(/\?/g) ?? []).length;

describe('explorer SQL builder', () => {
  it('binds every value: the placeholders match the parameters, in order', () => {
    const state: ExplorerState = { ...base, breakdown: 'ethnicity', filters: { wave: [2021, 2024], country: [1, 3] } };
    const query = buildCrosstabQuery(state, vocabulary);
    // missing answers 97, 98, 99; missing breakdown 97, 98, 99; filters sorted by id: country, then wave.
    expect(query.params).toEqual([97, 98, 99, 97, 98, 99, 1, 3, 2021, 2024]);
    expect(placeholders(query.sql)).toBe(query.params.length);
    expect(query.sql).not.toMatch(/\b(2021|2024)\b/);
    expect(query.sql).toContain('"country" IN (?, ?)');
    expect(query.sql).toContain('"wave" IN (?, ?)');
  });

  it('excludes only "not asked" when don\'t know / refused are included, and adds them as rows', () => {
    const query = buildCrosstabQuery({ ...base, includeMissing: true }, vocabulary);
    expect(query.params.slice(0, 1)).toEqual([97]);
    expect(query.sql).toContain('"trust_police" NOT IN (?)\n');
    expect(query.rows).toEqual([1, 2, 3, 4, 98, 99]);
  });

  it('counts instead of summing weights when unweighted, and then needs no weight column', () => {
    const query = buildCrosstabQuery({ ...base, weighted: false }, vocabulary);
    expect(query.sql).not.toContain('"weight"');
    expect(query.sql).toContain('CAST(count(*) AS DOUBLE) AS sum_w2');
    expect(query.columns).toEqual(['trust_police', 'wave', 'country']);
    expect(buildCrosstabQuery(base, vocabulary).columns).toEqual(['trust_police', 'wave', 'country', 'weight']);
  });

  it('gives one total column without a breakdown, and the codebook order otherwise', () => {
    const none = buildCrosstabQuery({ ...base, breakdown: 'none', filters: {} }, vocabulary);
    expect(none.cols).toEqual(['total']);
    expect(none.params).toEqual([97, 98, 99]);
    expect(buildCrosstabQuery({ ...base, breakdown: 'trust_army' }, vocabulary).cols).toEqual(['1', '2', '3', '4']);
  });

  it('double-quotes identifiers and refuses ids that are unsafe or not in the codebook', () => {
    expect(quoteIdentifier('trust_police')).toBe('"trust_police"');
    for (const hostile of ['trust"police', 'Trust', '1abc', 'a b', "x'; DROP TABLE wbsb; --", '']) {
      expect(() => quoteIdentifier(hostile)).toThrow(SqlBuildError);
    }
    expect(() => buildCrosstabQuery({ ...base, question: 'trust_kgb' }, vocabulary)).toThrow(SqlBuildError);
    expect(() => buildCrosstabQuery({ ...base, question: 'country' }, vocabulary)).toThrow(SqlBuildError);
    expect(() => buildCrosstabQuery({ ...base, breakdown: 'shoe_size' }, vocabulary)).toThrow(SqlBuildError);
    expect(() => buildCrosstabQuery({ ...base, breakdown: 'trust_police' }, vocabulary)).toThrow(SqlBuildError);
    expect(() => buildCrosstabQuery({ ...base, filters: { '"country" OR 1=1 --': [1] } }, vocabulary)).toThrow(SqlBuildError);
    // Filters are on demographics only.
    expect(() => buildCrosstabQuery({ ...base, filters: { trust_army: [1] } }, vocabulary)).toThrow(SqlBuildError);
    expect(() => buildSubsetQuery(base, ['id', 'password'], vocabulary)).toThrow(SqlBuildError);
  });

  it('refuses non-integer values when inlining them', () => {
    expect(() => literalBinder.values([1.5])).toThrow(SqlBuildError);
    expect(() => literalBinder.values([Number.NaN])).toThrow(SqlBuildError);
    expect(literalBinder.values([2021, 2024])).toBe('2021, 2024');
  });

  it('quotes the Parquet file name as a string literal', () => {
    expect(sourceSql({ parquetFile: "it's.parquet" })).toBe("read_parquet('it''s.parquet')");
    expect(sourceSql({ table: 'wbsb' })).toBe('"wbsb"');
    expect(() => sourceSql({ parquetFile: 'a\nb' })).toThrow(SqlBuildError);
  });

  it('writes the copy SQL with the same query, values inlined, against wbsb.parquet', () => {
    const state: ExplorerState = { ...base, filters: { country: [2], wave: [2021, 2024] } };
    const copy = buildCopySql(state, vocabulary);
    const inlined = crosstabCellsSql(state, vocabulary, { parquetFile: 'wbsb.parquet' }, literalBinder);
    expect(copy).toContain(inlined.split('\n').map((line) => `  ${line}`).join('\n'));
    expect(inlined).toContain("FROM read_parquet('wbsb.parquet')");
    expect(inlined).toContain('"trust_police" NOT IN (97, 98, 99)');
    expect(inlined).toContain('"wave" IN (2021, 2024)');
    expect(copy).not.toContain('?');
  });

  it('selects the chosen variables under the filters for a subset', () => {
    const subset = buildSubsetQuery({ ...base, filters: { country: [2, 3] } }, ['id', 'trust_police', 'id', 'weight'], vocabulary);
    expect(subset.sql).toBe('SELECT "id", "trust_police", "weight"\nFROM "wbsb"\nWHERE "country" IN (?, ?)');
    expect(subset.params).toEqual([2, 3]);
    expect(subset.columns).toEqual(['id', 'trust_police', 'weight', 'country']);
  });

  it('lists the columns a state needs once each', () => {
    expect(columnsNeeded({ ...base, breakdown: 'country', filters: { country: [2] } }, vocabulary)).toEqual(['trust_police', 'country', 'weight']);
  });
});
