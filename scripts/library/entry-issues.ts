/**
 * Turns zod issues from YAML entries into messages that name file, entry, field and value, so that
 * a bad file stops the build with everything needed to fix it.
 */
import type { z } from 'zod';
import { DataError } from '../lib/data-error.ts';

/** A problem in one entry of a YAML file. */
export interface EntryIssue {
  file: string;
  /** Which entry: the id when known, else its position in the list. */
  entry: string;
  /** Dotted path of the field, e.g. `title.sr`. */
  field: string;
  /** The offending value, as JSON. */
  value: string;
  message: string;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function show(value: unknown): string {
  if (value === undefined) return '(missing)';
  const json = JSON.stringify(value);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}

/** Converts zod issues of one entry. Unrecognised keys are reported as their own field. */
export function entryIssuesFromZod(file: string, entry: string, input: unknown, error: z.ZodError): EntryIssue[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const path = [...issue.path, key];
        return { file, entry, field: path.join('.'), value: show(valueAt(input, path)), message: 'unknown field' };
      });
    }
    return [{ file, entry, field: issue.path.join('.') || '(entry)', value: show(valueAt(input, issue.path)), message: issue.message }];
  });
}

/** Builds one issue by hand (for cross-reference checks). */
export function entryIssue(file: string, entry: string, field: string, value: unknown, message: string): EntryIssue {
  return { file, entry, field, value: show(value), message };
}

export function formatEntryIssue(issue: EntryIssue): string {
  return `${issue.file}: entry ${issue.entry}, field "${issue.field}", value ${issue.value}: ${issue.message}`;
}

/** Throws one DataError listing every issue ("<what>: 2 problem(s)" and a line each), or returns when there are none. */
export function throwIfIssues(issues: readonly EntryIssue[], what: string): void {
  if (issues.length === 0) return;
  throw new DataError({ file: what }, `${issues.length} problem(s)\n${issues.map(formatEntryIssue).join('\n')}`);
}

/** Label of a list entry: `3 (id "x")` when it has an id, else `3`. */
export function entryLabel(position: number, input: unknown): string {
  const id = valueAt(input, ['id']);
  return typeof id === 'string' ? `${position} (id "${id}")` : String(position);
}
