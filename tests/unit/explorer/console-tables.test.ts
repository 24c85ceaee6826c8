/**
 * The SQL console's extra tables: the representation Parquet file decoded into Arrow (with its missing
 * values as nulls), created once per database, fetched once per visit, and a failed download retried.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import type { DuckDbSession } from '../../../src/client/duckdb/session.ts';
import { ConsoleTables } from '../../../src/client/explorer/engine/console-tables.ts';
import { EngineError } from '../../../src/client/explorer/engine/engine-errors.ts';
import { explorerStrings } from '../../../src/lib/explorer/strings.ts';

const ROOT = process.cwd();
const PARQUET_URL = '/data/representation/representation.parquet';
const parquetBytes = readFileSync(join(ROOT, 'public', 'data', 'representation', 'representation.parquet'));

/** The source table, parsed from its CSV (no field of it is quoted). */
function sourceRows(): Record<string, string>[] {
  const [header, ...lines] = readFileSync(join(ROOT, 'data', 'representation', 'ksf-gender-by-rank.csv'), 'utf8').trim().split(/\r?\n/);
  const names = (header ?? '').split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((value, index) => [names[index] ?? '', value])));
}

function fakeFetch(failures = 0): { fetch: (url: string) => Promise<Response>; urls: string[] } {
  const urls: string[] = [];
  let failing = failures;
  return {
    urls,
    fetch: (url) => {
      urls.push(url);
      if (failing > 0) {
        failing -= 1;
        return Promise.resolve(new Response('Not found', { status: 404 }));
      }
      return Promise.resolve(new Response(parquetBytes));
    },
  };
}

/** Records what the console tables ask of the database. */
function fakeSession(): { session: DuckDbSession; created: { name: string; ipc: Uint8Array }[] } {
  const created: { name: string; ipc: Uint8Array }[] = [];
  const session = {
    insertArrow: (ipc: Uint8Array, name: string) => {
      created.push({ name, ipc });
      return Promise.resolve();
    },
    run: () => Promise.resolve(),
  } as unknown as DuckDbSession;
  return { session, created };
}

describe('console tables', () => {
  it('hands DuckDB the representation table as Arrow, row for row as in the source CSV', async () => {
    const { fetch } = fakeFetch();
    const { session, created } = fakeSession();
    await new ConsoleTables([{ name: 'representation', parquetUrl: PARQUET_URL }], fetch).ensure(session);
    expect(created.map((table) => table.name)).toEqual(['representation']);
    const table = tableFromIPC(created[0]?.ipc ?? new Uint8Array());
    const expected = sourceRows();
    expect(table.numRows).toBe(expected.length);
    const rows = table.toArray().map((row: { toJSON(): Record<string, unknown> }) => row.toJSON());
    expected.forEach((source, index) => {
      const row = rows[index] ?? {};
      expect(row['rank']).toBe(source['rank']);
      expect(row['rank_order']).toBe(Number(source['rank_order']));
      expect(row['group']).toBe(source['group']);
      expect(row['share']).toBe(Number(source['share']));
      expect(row['year']).toBe(Number(source['year']));
      // The report gives shares only: the counts are missing, and stay missing (not 0).
      expect(row['count']).toBe(source['count'] === '' ? null : Number(source['count']));
    });
    expect(table.schema.fields.map((field) => `${field.name}:${String(field.type)}`)).toContain('share:Float64');
  });

  it('creates the table once per database and downloads the file once per visit', async () => {
    const { fetch, urls } = fakeFetch();
    const tables = new ConsoleTables([{ name: 'representation', parquetUrl: PARQUET_URL }], fetch);
    const first = fakeSession();
    await tables.ensure(first.session);
    await tables.ensure(first.session);
    expect(first.created).toHaveLength(1);
    // A restarted database gets the table again, from memory.
    tables.reset();
    const second = fakeSession();
    await tables.ensure(second.session);
    expect(second.created).toHaveLength(1);
    expect(urls).toEqual([PARQUET_URL]);
  });

  it('reports a failed download as such and tries again on the next call', async () => {
    const { fetch, urls } = fakeFetch(1);
    const tables = new ConsoleTables([{ name: 'representation', parquetUrl: PARQUET_URL }], fetch);
    const { session, created } = fakeSession();
    const failure = await tables.ensure(session).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(EngineError);
    expect((failure as EngineError).code).toBe('parquet-failed');
    expect(created).toHaveLength(0);
    await tables.ensure(session);
    expect(created).toHaveLength(1);
    expect(urls).toEqual([PARQUET_URL, PARQUET_URL]);
  });

  it('refuses table names that are not plain identifiers', () => {
    expect(() => new ConsoleTables([{ name: 'x"; DROP TABLE wbsb; --', parquetUrl: PARQUET_URL }])).toThrow(/identifier/);
  });

  it('are named, with the survey table, in the console help of every language', () => {
    for (const lang of ['sq', 'en', 'sr'] as const) {
      const hint = explorerStrings(lang).console_hint;
      expect(hint, lang).toMatch(/\bwbsb\b/);
      expect(hint, lang).toMatch(/\brepresentation\b/);
    }
  });
});
