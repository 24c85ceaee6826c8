/**
 * The first gate of the read-only SQL console: the statement must begin (after comments and
 * whitespace) with a reading keyword. This is only the first of three locks: the engine also runs the
 * statement inside a READ ONLY transaction (so `WITH … DELETE` or `EXPLAIN ANALYZE UPDATE` fail) with
 * external access disabled and the configuration locked (so no file or network can be reached).
 */

export const READ_ONLY_KEYWORDS = ['SELECT', 'WITH', 'FROM', 'DESCRIBE', 'SUMMARIZE', 'SHOW', 'EXPLAIN'] as const;
export const MAX_CONSOLE_SQL_LENGTH = 20_000;

export type ConsoleCheck =
  | { ok: true; keyword: (typeof READ_ONLY_KEYWORDS)[number] }
  | { ok: false; reason: 'empty' | 'too-long' | 'not-read-only' };

/**
 * The text after what DuckDB skips before a statement: whitespace, empty statements (`;`), `-- line`
 * comments and `/* block *\/` comments (nested, as DuckDB allows). A line comment ends at a line feed
 * or a carriage return, as in DuckDB's scanner (PostgreSQL's: `--` runs over [^\n\r]); ending it only
 * at \n would let `--\rINSERT …\nSELECT …` pass as a SELECT. An unterminated block comment leaves
 * nothing (DuckDB refuses the text).
 */
export function stripLeadingComments(sql: string): string {
  let rest = sql;
  for (;;) {
    const trimmed = rest.trimStart();
    if (trimmed.startsWith(';')) {
      rest = trimmed.slice(1);
    } else if (trimmed.startsWith('--')) {
      const end = trimmed.search(/[\r\n]/);
      rest = end < 0 ? '' : trimmed.slice(end + 1);
    } else if (trimmed.startsWith('/*')) {
      let depth = 0;
      let index = 0;
      do {
        if (trimmed.startsWith('/*', index)) { depth += 1; index += 2; }
        else if (trimmed.startsWith('*/', index)) { depth -= 1; index += 2; }
        else index += 1;
      } while (depth > 0 && index < trimmed.length);
      rest = depth > 0 ? '' : trimmed.slice(index);
    } else {
      return trimmed;
    }
  }
}

export function checkConsoleSql(sql: string): ConsoleCheck {
  if (sql.length > MAX_CONSOLE_SQL_LENGTH) return { ok: false, reason: 'too-long' };
  const body = stripLeadingComments(sql);
  if (body.replace(/[\s;]/g, '') === '') return { ok: false, reason: 'empty' };
  const keyword = /^[A-Za-z]+/.exec(body)?.[0].toUpperCase();
  const allowed = READ_ONLY_KEYWORDS.find((candidate) => candidate === keyword);
  return allowed ? { ok: true, keyword: allowed } : { ok: false, reason: 'not-read-only' };
}
