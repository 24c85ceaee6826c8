/**
 * YAML input files that remember where each value came from, so a validation error can name the
 * line and field path of the offending value. This is the pipeline's one way to read YAML: the bytes
 * are decoded as strict UTF-8 (utf8.ts), and every failure (unreadable file, wrong encoding, syntax,
 * an alias bomb) is a DataError naming the file and, where there is one, the line.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { LineCounter, isMap, isNode, isScalar, isSeq, parseDocument, visit, type Document } from 'yaml';
import type { z } from 'zod';
import { DataError } from './data-error.ts';
import { displayPath } from './display-path.ts';
import { decodeUtf8 } from './utf8.ts';

/**
 * How many nodes alias expansion may produce before the file counts as an attack ("billion laughs":
 * a few lines of nested aliases that expand to gigabytes). No data file uses aliases today; this
 * leaves room for a few, and the yaml package stops expanding past it.
 */
export const MAX_ALIAS_COUNT = 100;

/** A field path inside a YAML file, e.g. ['questions', 2, 'scale']. */
export type FieldPath = readonly (string | number)[];

export interface YamlSource {
  /** The file as shown in messages. */
  file: string;
  /** The parsed plain data. */
  data: unknown;
  /** The 1-based line of the value at `path`, or of its nearest existing parent. */
  lineOf(path: FieldPath): number | undefined;
}

/** `questions[2].wording.sr` */
export function formatPath(path: FieldPath): string {
  let text = '';
  for (const key of path) text += typeof key === 'number' ? `[${key}]` : text === '' ? key : `.${key}`;
  return text;
}

function valueAt(data: unknown, path: FieldPath): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** A value as shown in an error message: strings as they are, anything else as compact JSON. */
export function showValue(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/**
 * The line of the value at `path`: for a map entry the line of its key, for a list item the line of
 * the item; where the path ends early (a missing field), the line of the deepest part that exists.
 */
function lineOfPath(doc: Document, lines: LineCounter, path: FieldPath): number | undefined {
  let node: unknown = doc.contents;
  let line = isNode(node) && node.range ? lines.linePos(node.range[0]).line : undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair) break;
      if (isNode(pair.key) && pair.key.range) line = lines.linePos(pair.key.range[0]).line;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item: unknown = node.items[key];
      if (!isNode(item)) break;
      if (item.range) line = lines.linePos(item.range[0]).line;
      node = item;
    } else {
      break;
    }
  }
  return line;
}

/** The line of the document's first alias, where an alias bomb starts to go off. */
function firstAliasLine(doc: Document, lines: LineCounter): number | undefined {
  let line: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (node.range) line = lines.linePos(node.range[0]).line;
      return visit.BREAK;
    },
  });
  return line;
}

function sourceFrom(file: string, doc: Document, lines: LineCounter): YamlSource {
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // The yaml package throws a bare ReferenceError for excessive or unresolvable aliases.
    const line = firstAliasLine(doc, lines);
    const reason = error instanceof Error ? error.message : String(error);
    throw new DataError({ file, ...(line === undefined ? {} : { row: line, rowKind: 'line' as const }) }, `YAML aliases: ${reason}; write the values out instead of using aliases (*name)`);
  }
  return { file, data, lineOf: (path) => lineOfPath(doc, lines, path) };
}

/** Parses YAML text; syntax errors (and duplicate keys) become DataErrors with their line. */
export function parseYamlSource(text: string, file: string): YamlSource {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const [problem] = doc.errors;
  if (problem) {
    const line = lines.linePos(problem.pos[0]).line;
    throw new DataError({ file, row: line, rowKind: 'line' }, `YAML syntax error: ${problem.message.split('\n')[0] ?? problem.code}`);
  }
  return sourceFrom(file, doc, lines);
}

/** Parses the bytes of a YAML file, decoded as strict UTF-8. */
export function parseYamlBytes(bytes: Uint8Array, file: string): YamlSource {
  return parseYamlSource(decodeUtf8(bytes, file, 'line'), file);
}

const unreadable = (file: string) => new DataError({ file }, 'the file is missing or cannot be read');

export async function readYamlSource(absolutePath: string): Promise<YamlSource> {
  const file = displayPath(absolutePath);
  const bytes = await readFile(absolutePath).catch(() => Promise.reject(unreadable(file)));
  return parseYamlBytes(bytes, file);
}

/** readYamlSource for the loaders that run synchronously (the library, which the site build reads too). */
export function readYamlSourceSync(absolutePath: string): YamlSource {
  const file = displayPath(absolutePath);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(absolutePath);
  } catch {
    throw unreadable(file);
  }
  return parseYamlBytes(bytes, file);
}

/** A DataError pointing at `path` in the source, showing the value found there. */
export function sourceError(source: YamlSource, path: FieldPath, reason: string): DataError {
  const line = source.lineOf(path);
  return new DataError(
    {
      file: source.file,
      ...(line === undefined ? {} : { row: line, rowKind: 'line' as const }),
      column: formatPath(path),
      value: showValue(valueAt(source.data, path)),
    },
    reason,
  );
}

/** Validates the source against a zod schema; the first problem becomes a DataError. */
export function parseSource<Schema extends z.ZodType>(source: YamlSource, schema: Schema): z.output<Schema> {
  const result = schema.safeParse(source.data);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  if (!issue) throw new DataError({ file: source.file }, 'invalid content');
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const [key = ''] = issue.keys;
    return failWith(sourceError(source, [...path, key], `unknown field (${issue.message})`));
  }
  const missing = valueAt(source.data, path) === undefined;
  const reason = missing ? `required but missing (${issue.message})` : issue.message;
  return failWith(sourceError(source, path, reason));
}

function failWith(error: DataError): never {
  throw error;
}
