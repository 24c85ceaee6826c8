import { describe, expect, it } from 'vitest';
import { checkConsoleSql, MAX_CONSOLE_SQL_LENGTH, stripLeadingComments } from '../../../src/lib/explorer/sql-console.ts';

describe('SQL console gate', () => {
  it('accepts reading statements after comments and whitespace', () => {
    for (const sql of [
      'SELECT 1',
      '  select count(*) from wbsb',
      '-- a note\nWITH t AS (SELECT 1) SELECT * FROM t',
      '/* one /* nested */ comment */ FROM wbsb LIMIT 3',
      'DESCRIBE wbsb',
      'summarize wbsb',
      'SHOW TABLES',
      'EXPLAIN SELECT 1',
    ]) {
      expect(checkConsoleSql(sql), sql).toMatchObject({ ok: true });
    }
  });

  it('refuses statements that write, configure, attach or load', () => {
    for (const sql of [
      'DELETE FROM wbsb',
      'INSERT INTO wbsb VALUES (1)',
      'UPDATE wbsb SET weight = 0',
      'DROP TABLE wbsb',
      'CREATE TABLE x AS SELECT 1',
      "COPY wbsb TO 'x.csv'",
      "ATTACH 'x.db'",
      'SET enable_external_access = true',
      'INSTALL httpfs',
      'LOAD httpfs',
      'PRAGMA version',
      'CALL pragma_version()',
      '-- SELECT\nDELETE FROM wbsb',
      '/* SELECT */ DROP TABLE wbsb',
      '(SELECT 1)',
    ]) {
      expect(checkConsoleSql(sql), sql).toEqual({ ok: false, reason: 'not-read-only' });
    }
  });

  it('refuses empty and over-long text', () => {
    expect(checkConsoleSql('  -- only a comment\n ;')).toEqual({ ok: false, reason: 'empty' });
    expect(checkConsoleSql('/* unterminated SELECT 1')).toEqual({ ok: false, reason: 'empty' });
    expect(checkConsoleSql(`SELECT ${'1'.repeat(MAX_CONSOLE_SQL_LENGTH)}`)).toEqual({ ok: false, reason: 'too-long' });
  });

  it('strips only the leading comments', () => {
    expect(stripLeadingComments('-- x\n  /* y */ SELECT 1 -- z')).toBe('SELECT 1 -- z');
  });

  it('ends a -- comment at a carriage return too, as DuckDB does', () => {
    expect(stripLeadingComments('-- x\rDELETE FROM wbsb\nSELECT 1')).toBe('DELETE FROM wbsb\nSELECT 1');
    expect(checkConsoleSql('--\rINSERT INTO wbsb\nSELECT 1')).toEqual({ ok: false, reason: 'not-read-only' });
    expect(checkConsoleSql('-- note\rSELECT 1')).toMatchObject({ ok: true, keyword: 'SELECT' });
  });
});
