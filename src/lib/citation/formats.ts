/**
 * The record syntax of BibTeX and RIS, shared by the citations of datasets (downloads/citation.ts) and
 * of publications (library/citation-formats.ts): escaping, keys, one entry, one record.
 */
import { oneLine } from '../downloads/text.ts';

/** Text for a BibTeX field: special characters escaped (braces too, so the field stays balanced). */
export function bibtexEscape(text: string): string {
  const map: Record<string, string> = {
    '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', '%': '\\%', '&': '\\&', $: '\\$', '#': '\\#', _: '\\_', '^': '\\^{}', '~': '\\~{}',
  };
  return oneLine(text).replace(/[\\{}%&$#_^~]/gu, (char) => map[char] ?? char);
}

/** A BibTeX citation key: ASCII letters, digits and _:- only. */
export function bibtexKey(stem: string): string {
  return stem.replace(/[^A-Za-z0-9_:-]/gu, '_');
}

/** A URL as a BibTeX field: it goes in unescaped, so it must hold no brace or space. */
export function bibtexUrl(url: string): string {
  if (/[{}\s]/u.test(url)) throw new Error(`A URL with braces or spaces cannot go into BibTeX: ${url}`);
  return url;
}

/** An entry from fields whose values are ready for BibTeX (escaped, or inner-braced names). */
export function bibtexEntry(type: string, key: string, fields: readonly (readonly [string, string])[]): string {
  return `@${type}{${bibtexKey(key)},\n${fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n')}\n}\n`;
}

/** A RIS record: one "TAG  - value" line per tag, CRLF line ends, closed by ER. */
export function risRecord(lines: readonly (readonly [string, string])[]): string {
  return `${[...lines.map(([tag, value]) => `${tag}  - ${oneLine(value)}`), 'ER  - '].join('\r\n')}\r\n`;
}
