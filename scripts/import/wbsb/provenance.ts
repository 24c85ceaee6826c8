/**
 * Whose words a text is: the questionnaire's (the export's own header or label, with diacritics,
 * capitals and punctuation restored) or the portal's (edited or translated by this project). Decided by
 * comparing the texts with diacritics, case, punctuation and spaces folded away, so "Sa i besoni
 * Policisë?" is the questionnaire's "Sa i besoni Policise" and a translation is not.
 */
export type Origin = 'questionnaire' | 'portal';

/** The questionnaire's own code at the start of an AlbanianDatabase.csv header ("P1d", "KSA10", "AS2a"). */
const QUESTIONNAIRE_CODE = /^([A-Z]{1,4}\d{1,3}[a-z]?)\s+/;

export function questionnaireCode(header: string): string | undefined {
  return QUESTIONNAIRE_CODE.exec(header)?.[1];
}

export function fold(text: string): string {
  return text
    .replace(QUESTIONNAIRE_CODE, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .replace(/dj/g, 'd')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** 'questionnaire' when the text folds to one of the export's raw texts. */
export function originOf(text: string, raws: readonly (string | undefined)[]): Origin {
  const folded = fold(text);
  return raws.some((raw) => raw !== undefined && fold(raw) === folded) ? 'questionnaire' : 'portal';
}
