/**
 * A strict well-formedness check for XML in unit tests, with the `sax` parser in strict mode (sax
 * ships with Astro, through svgo). Returns the element names in document order, so tests can also
 * check the structure.
 */
import sax from 'sax';

export interface ParsedElement {
  name: string;
  attributes: Record<string, string>;
  text: string;
  path: string;
}

export function parseStrictXml(xml: string): ParsedElement[] {
  const parser = sax.parser(true, { xmlns: false });
  const elements: ParsedElement[] = [];
  const stack: ParsedElement[] = [];
  parser.onerror = (error) => {
    throw error;
  };
  parser.onopentag = (tag) => {
    const attributes = Object.fromEntries(Object.entries(tag.attributes).map(([key, value]) => [key, typeof value === 'string' ? value : value.value]));
    const element = { name: tag.name, attributes, text: '', path: [...stack.map((e) => e.name), tag.name].join('/') };
    elements.push(element);
    stack.push(element);
  };
  parser.ontext = (text) => {
    const current = stack[stack.length - 1];
    if (current) current.text += text;
  };
  parser.onclosetag = () => {
    stack.pop();
  };
  parser.write(xml).close();
  return elements;
}
