/**
 * The one way to put values into a UI string's `{name}` slots, used by the pages, the explorer and the
 * search. It scans the template once with a replacer function, so a value is never read as a pattern:
 * `$&`, `$'` or `{count}` in a search query come out literally, and a slot a value brings along is not
 * filled in turn. Only a template's own slots are filled: a name missing from `values` (or one that
 * `values` only inherits, such as `constructor`) stays as written.
 */
export function fillSlots(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/** The names of a template's `{name}` slots, in order of first appearance. */
export function slotNames(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(/\{(\w+)\}/g), (match) => match[1] ?? ''))];
}
