/**
 * The bits of grammar the generated texts need beyond fill-in templates: a country as a place ("in
 * Kosovo", "në Kosovë", "na Kosovu") and a question's key label placed after a subject or a relative
 * pronoun.
 */
import type { CountryIso } from '../codebook/schema.ts';
import type { Lang } from '../i18n-langs.ts';

/** "in <country>" in each language, with the case each language needs after its preposition. */
export const PLACE: Record<Lang, Record<CountryIso, string>> = {
  en: { AL: 'in Albania', XK: 'in Kosovo', RS: 'in Serbia' },
  sq: { AL: 'në Shqipëri', XK: 'në Kosovë', RS: 'në Serbi' },
  sr: { AL: 'u Albaniji', XK: 'na Kosovu', RS: 'u Srbiji' },
};

/** Serbian enclitics that must stand second in their clause. */
const SERBIAN_CLITICS = new Set(['su', 'bi', 'se', 'ga', 'je', 'ih', 'im', 'joj']);

/**
 * The key label as it reads after its subject ("63% of people in Kosovo …") or after "who / që /
 * koji". Key labels are written verb first ("dali su mito", "slažu se da …"). Serbian enclitics stand
 * right after the first phrase of the clause, here the subject or the relative pronoun, so an enclitic
 * in second position moves in front of the verb: "… ljudi na Kosovu se slažu da …", "koji su dali
 * mito". English and Albanian need no change.
 */
export function keyAfterSubject(lang: Lang, keyLabel: string): string {
  if (lang !== 'sr') return keyLabel;
  const words = keyLabel.split(' ');
  const [first, second, ...rest] = words;
  if (first === undefined || second === undefined || !SERBIAN_CLITICS.has(second)) return keyLabel;
  return [second, first, ...rest].join(' ');
}
