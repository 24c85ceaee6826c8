/**
 * The SQL console's keyword gate against DuckDB's own parser (@duckdb/node-api, the same parser as
 * DuckDB-WASM's): whatever the gate lets through must be, for DuckDB, a statement that reads (SELECT,
 * which DESCRIBE, SHOW, SUMMARIZE and FROM-first queries are, or EXPLAIN). Tricky inputs by hand, then
 * every mix of a few comment and line-end pieces around two statements.
 */
import { DuckDBInstance, StatementType, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkConsoleSql } from '../../../src/lib/explorer/sql-console.ts';

let connection: DuckDBConnection;
beforeAll(async () => {
  connection = await (await DuckDBInstance.create(':memory:')).connect();
  await connection.run('CREATE TABLE wbsb (x INTEGER, weight DOUBLE)');
});
afterAll(() => connection.closeSync());

const READING = new Set([StatementType.SELECT, StatementType.EXPLAIN]);

/** What DuckDB makes of the text: the type of its first statement, or null when it refuses the text. */
async function duckdbType(sql: string): Promise<StatementType | null> {
  try {
    const statements = await connection.extractStatements(sql);
    if (statements.count === 0) return null;
    return (await statements.prepare(0)).statementType;
  } catch {
    return null;
  }
}

/** Fails when the gate accepts a text that DuckDB would run as something other than a read. */
async function expectSound(sql: string): Promise<void> {
  const gate = checkConsoleSql(sql);
  if (!gate.ok) return;
  const type = await duckdbType(sql);
  if (type !== null) expect(READING.has(type), `${JSON.stringify(sql)}: the gate saw ${gate.keyword}, DuckDB runs ${StatementType[type]}`).toBe(true);
}

describe('the console gate and DuckDB agree', () => {
  it('on tricky inputs: where DuckDB reads, the gate accepts; where it writes, the gate refuses', async () => {
    const cases = [
      '-- note\rSELECT 1', '-- note\r\nSELECT 1', '--x\n\r--y\rSELECT 1', '/**/SELECT 1', '/* a /* b */ c */ SELECT 1',
      '\fSELECT 1', '\vSELECT 1', '\u00a0SELECT 1', '\uFEFFSELECT 1', ';SELECT 1', ' ; ;FROM wbsb', '-- c\r  DESCRIBE wbsb',
      '--\rINSERT INTO wbsb\nSELECT 1, 2', '-- c\rDELETE FROM wbsb', '/* x */DELETE FROM wbsb', '/*/ SELECT */ DELETE FROM wbsb',
      ';;DELETE FROM wbsb', '-- SELECT\r\nUPDATE wbsb SET x = 1', '/* -- */ DROP TABLE wbsb', '-- /* \r CREATE TABLE y AS SELECT 1',
    ];
    for (const sql of cases) {
      const type = await duckdbType(sql);
      expect(type, `DuckDB parses ${JSON.stringify(sql)}`).not.toBeNull();
      expect(checkConsoleSql(sql).ok, `${JSON.stringify(sql)} (DuckDB: ${StatementType[type ?? 0]})`).toBe(READING.has(type ?? StatementType.INVALID));
    }
  });

  it('on every mix of comment and line-end pieces around two statements, the gate never lets a write through', async () => {
    // prefix + statement + separator + statement, with every prefix of up to three trivia pieces (what
    // may come before a statement). A gate that ends `--` at the wrong character takes the first
    // statement for part of a comment and the second for the one that runs.
    const trivia = ['--', '/*', '*/', '\r', '\n', ' ', ';'];
    let longest = [''];
    const prefixes = new Set(longest);
    for (let pieces = 1; pieces <= 3; pieces += 1) {
      longest = longest.flatMap((prefix) => trivia.map((piece) => prefix + piece));
      for (const prefix of longest) prefixes.add(prefix);
    }
    for (const prefix of prefixes) {
      for (const first of ['DELETE FROM wbsb', 'INSERT INTO wbsb', 'CREATE TABLE y AS', 'SELECT 1']) {
        for (const separator of ['', ';', '\n', ';\n', '\r', ' ']) {
          for (const second of ['SELECT 1, 2', 'FROM wbsb']) await expectSound(`${prefix}${first}${separator}${second}`);
        }
      }
    }
  });
});
