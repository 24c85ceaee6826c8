/**
 * A minimal XML writer: escaping of text and attribute values, and nested elements written with
 * two-space indentation. Characters XML 1.0 does not allow (most control characters, lone surrogates)
 * are dropped, so any label yields a well-formed document.
 */

const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text or attribute content with &, <, >, " and ' escaped and invalid characters removed. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML_CHAR, '')
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&apos;');
}

/** An element: its name, attributes (undefined ones are left out) and children or text. */
export interface XmlNode {
  name: string;
  attrs?: Record<string, string | number | undefined>;
  /** Text content, or child elements. */
  content?: string | XmlNode[];
}

export function node(name: string, attrs: XmlNode['attrs'], content?: XmlNode['content']): XmlNode {
  return { name, ...(attrs ? { attrs } : {}), ...(content === undefined ? {} : { content }) };
}

function attributes(attrs: XmlNode['attrs']): string {
  if (!attrs) return '';
  return Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
}

/** Serialises a tree with indentation; text-only elements stay on one line. */
export function serialize(root: XmlNode, depth = 0): string {
  const indent = '  '.repeat(depth);
  const open = `${indent}<${root.name}${attributes(root.attrs)}`;
  if (root.content === undefined || (Array.isArray(root.content) && root.content.length === 0)) return `${open}/>`;
  if (typeof root.content === 'string') return `${open}>${escapeXml(root.content)}</${root.name}>`;
  return [`${open}>`, ...root.content.map((child) => serialize(child, depth + 1)), `${indent}</${root.name}>`].join('\n');
}

/** A complete document with its XML declaration. */
export function xmlDocument(root: XmlNode): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(root)}\n`;
}
