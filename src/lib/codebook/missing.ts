/**
 * The missing-value codes shared by every question, with their labels in the portal's languages.
 * 97 marks a question that was not put to the respondent (not asked in that country or wave).
 */
import type { Lang } from '../i18n-langs.ts';
import { MISSING, MISSING_CODES } from './schema.ts';

export interface MissingCode {
  code: number;
  /** Label per language. */
  label: Record<Lang, string>;
}

export const MISSING_VALUES: readonly MissingCode[] = [
  { code: MISSING.notAsked, label: { sq: 'Nuk u pyet', en: 'Not asked', sr: 'Nije pitano' } },
  { code: MISSING.dontKnow, label: { sq: 'Nuk e di', en: "Don't know", sr: 'Ne zna' } },
  { code: MISSING.refused, label: { sq: 'Refuzoi të përgjigjet', en: 'Refused', sr: 'Odbio/la da odgovori' } },
];

/** True for 97, 98 and 99. */
export function isMissingCode(code: number): boolean {
  return (MISSING_CODES as readonly number[]).includes(code);
}
