/**
 * The `_headers` file of a built site (public/_headers, copied to dist/), read the way static hosts
 * read it (Cloudflare Pages' format, which Netlify shares for the parts used here), so the project's
 * own server sends what a host would and the browser tests run under the same headers.
 *
 *   # comment
 *   /path/*            a rule: a path pattern; `*` matches anything, `:name` one path segment
 *     Name: value      a header every matching path gets
 *     ! Name           drops a header an earlier matching rule set (Cloudflare's "detach")
 *
 * Every rule that matches a path applies, in file order; a header set by two rules has both values,
 * joined by ", " (as a host does), unless the later rule detached it first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface HeaderRule {
  pattern: string;
  /** The 1-based line of the pattern, for messages. */
  line: number;
  matcher: RegExp;
  /** Header names to drop, lower case. */
  detach: string[];
  /** [name (lower case), value] in file order. */
  set: [string, string][];
}

export type SiteHeaders = (pathname: string) => Record<string, string>;

function matcherOf(pattern: string): RegExp {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/u)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/gu, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`, 'u');
}

/** Parses the file's text; a line that is neither a pattern, a header, a detach nor a comment is an error. */
export function parseHeaderRules(text: string, file = '_headers'): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/u).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    if (!/^\s/u.test(raw)) {
      if (!trimmed.startsWith('/')) throw new Error(`${file}:${line}: a rule starts with a path beginning with "/": ${trimmed}`);
      rules.push({ pattern: trimmed, line, matcher: matcherOf(trimmed), detach: [], set: [] });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`${file}:${line}: a header before any path`);
    const detach = /^!\s*([\w-]+)$/u.exec(trimmed);
    if (detach?.[1]) {
      rule.detach.push(detach[1].toLowerCase());
      return;
    }
    const header = /^([\w-]+):\s*(.+)$/u.exec(trimmed);
    if (!header?.[1] || header[2] === undefined) throw new Error(`${file}:${line}: expected "Name: value" or "! Name": ${trimmed}`);
    rule.set.push([header[1].toLowerCase(), header[2].trim()]);
  });
  return rules;
}

/** The headers a path gets from the rules. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!rule.matcher.test(pathname)) continue;
    for (const name of rule.detach) delete headers[name];
    for (const [name, value] of rule.set) headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
  }
  return headers;
}

/** The site's rules from `<siteDir>/_headers`; no file, no headers. */
export function loadSiteHeaders(siteDir: string): SiteHeaders {
  const file = join(siteDir, '_headers');
  const rules = existsSync(file) ? parseHeaderRules(readFileSync(file, 'utf8'), file) : [];
  return (pathname) => headersFor(rules, pathname);
}
