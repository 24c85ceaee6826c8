/**
 * What a cross-tab measures: every answer on its own, or one group of answers added up (the codebook's
 * headline group, e.g. "trust or complete trust", or any set of answers the reader ticks). A group is
 * one share per column with its own Wilson interval, not a sum of two rows' shares: the rows' intervals
 * cannot be added, so the group is counted as one answer (in SQL and in collapseRows alike).
 *
 * In the URL: m=key, or m=3,4 (answer codes); absent means every answer.
 */
import { z } from 'zod';

export type Measure = { kind: 'answers' } | { kind: 'key' } | { kind: 'codes'; codes: number[] };

export const EVERY_ANSWER: Measure = { kind: 'answers' };

/** The row code of the group in a grouped cross-tab, and of everything else (as collapseRows numbers them). */
export const GROUP_ROW = 1;
export const REST_ROW = 0;

/** What the measure needs to know of a question. */
export interface MeasureQuestion {
  values: readonly { code: number }[];
  key?: { codes: readonly number[] };
}

/** At most as many codes as a scale could have; each like an answer code. */
const MeasureParam = z.union([
  z.literal('key'),
  z.string().regex(/^\d{1,4}(,\d{1,4}){0,29}$/).transform((value) => value.split(',').map(Number)),
]);

/**
 * The measure a URL value names for a question, or null when it does not name one (unknown text, codes
 * that are not the question's valid answers, or "key" for a question without a headline group).
 */
export function parseMeasure(value: string, question: MeasureQuestion): Measure | null {
  const parsed = MeasureParam.safeParse(value);
  if (!parsed.success) return null;
  if (parsed.data === 'key') return question.key && question.key.codes.length > 0 ? { kind: 'key' } : null;
  const valid = new Set(question.values.map((v) => v.code));
  if (!parsed.data.every((code) => valid.has(code))) return null;
  return { kind: 'codes', codes: [...new Set(parsed.data)].sort((a, b) => a - b) };
}

/** The URL value of a measure; null for every answer (the parameter is then left out). */
export function serializeMeasure(measure: Measure): string | null {
  if (measure.kind === 'answers') return null;
  return measure.kind === 'key' ? 'key' : measure.codes.join(',');
}

/** The answer codes a measure adds up, or null when it shows every answer. */
export function measureCodes(measure: Measure, question: MeasureQuestion): number[] | null {
  if (measure.kind === 'answers') return null;
  return measure.kind === 'key' ? [...(question.key?.codes ?? [])] : measure.codes;
}
