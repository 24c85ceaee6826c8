/**
 * Identifiers (column and table names) for the explorer's SQL. They only ever come from the codebook:
 * every name is checked against the safe pattern AND against the codebook's variables, then double-
 * quoted. Values never go through here; they are bound as prepared-statement parameters.
 */
import { MISSING_CODES } from '../codebook/schema.ts';
import { ID_COLUMN, WEIGHT_COLUMN } from '../survey/columns.ts';
import type { StateVocabulary } from './state.ts';

export const IDENTIFIER_PATTERN = /^[a-z][a-z0-9_]*$/;

/** The missing-value codes (97 not asked, 98 don't know, 99 refused), re-exported for the SQL builder. */
export const MISSING_ANSWER_CODES: readonly number[] = MISSING_CODES;

/** Raised when a spec names something the codebook does not have: a programming error, never user input. */
export class SqlBuildError extends Error {
  override name = 'SqlBuildError';
}

/** Double-quotes a name after checking it is a safe identifier. */
export function quoteIdentifier(name: string): string {
  if (!IDENTIFIER_PATTERN.test(name)) throw new SqlBuildError(`Not a safe SQL identifier: ${JSON.stringify(name)}`);
  return `"${name}"`;
}

/** The kind of a codebook variable, or undefined when the codebook has no variable of that id. */
export function variableKind(vocabulary: StateVocabulary, id: string): 'question' | 'demographic' | undefined {
  if (vocabulary.questions.some((question) => question.id === id)) return 'question';
  if (vocabulary.demographics.some((variable) => variable.id === id)) return 'demographic';
  return undefined;
}

/** A quoted column of the respondent table: a codebook variable, or the id and weight columns. */
export function column(vocabulary: StateVocabulary, id: string): string {
  if (id !== ID_COLUMN && id !== WEIGHT_COLUMN && variableKind(vocabulary, id) === undefined) {
    throw new SqlBuildError(`The codebook has no variable ${JSON.stringify(id)}`);
  }
  return quoteIdentifier(id);
}

/** The codes of a variable, in codebook (display) order. */
export function codesOf(vocabulary: StateVocabulary, id: string): number[] {
  const variable = vocabulary.questions.find((q) => q.id === id) ?? vocabulary.demographics.find((d) => d.id === id);
  if (!variable) throw new SqlBuildError(`The codebook has no variable ${JSON.stringify(id)}`);
  return variable.values.map((value) => value.code);
}
