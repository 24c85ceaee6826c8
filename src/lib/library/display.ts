/**
 * How library facts read on the pages: partial dates in each language (alone or inside a sentence),
 * the UI-string keys of publication types and languages, a project's period, the opening words of a
 * summary, and whether a title or a date is known from the sources or supplied by the portal.
 */
import { fillSlots } from '../fill-slots.ts';
import { LOCALE_TAG, type Lang } from '../i18n-langs.ts';
import type { Project, Publication, PublicationType } from './schema.ts';

/** "2022" → "2022"; "2023-12" → "December 2023" (en), "dhjetor 2023" (sq); a full date adds the day. */
export function formatPartialDate(date: string, lang: Lang): string {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || month === undefined) return date;
  const options: Intl.DateTimeFormatOptions =
    day === undefined ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(LOCALE_TAG[lang], options).format(new Date(Date.UTC(year, month - 1, day ?? 1)));
}

/** The UI-string key of a publication type: 'policy-brief' → 'pub_type_policy_brief'. */
export function publicationTypeKey<T extends PublicationType>(type: T): `pub_type_${Underscored<T>}` {
  return `pub_type_${type.replaceAll('-', '_')}` as `pub_type_${Underscored<T>}`;
}
/** The UI-string key of the sentence that restates a publication's metadata: 'policy-brief' → 'pub_known_policy_brief'. */
export function knownSentenceKey<T extends PublicationType>(type: T): `pub_known_${Underscored<T>}` {
  return `pub_known_${type.replaceAll('-', '_')}` as `pub_known_${Underscored<T>}`;
}
type Underscored<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}_${Underscored<Tail>}` : S;

/** The UI-string key of a language's name as written in the reader's language: 'en' → 'library_lang_en'. */
export function languageNameKey<L extends Lang>(lang: L): `library_lang_${L}` {
  return `library_lang_${lang}`;
}

/**
 * A project's period: "2016 – 2018" when both ends are known, "since 2021" (via `sinceTemplate`) for a
 * project still running, and the start alone for a finished project whose end the sources do not give.
 */
export function projectPeriod(project: Pick<Project, 'start' | 'end' | 'status'>, lang: Lang, sinceTemplate: string): string {
  const start = formatPartialDate(project.start, lang);
  if (project.end !== undefined) return `${start} – ${formatPartialDate(project.end, lang)}`;
  return project.status === 'ongoing' ? fillSlots(sinceTemplate, { start }) : start;
}

/** The first `maxWords` words of a text, with an ellipsis when something was cut. */
export function openingWords(text: string, maxWords: number): string {
  const words = text.trim().split(/\s+/u);
  if (words.length <= maxWords) return words.join(' ');
  return `${words.slice(0, maxWords).join(' ').replace(/[,;:.–-]+$/u, '')}…`;
}

/** The first letter in upper case ("anglisht" → "Anglisht"), for a language name that opens a line. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** True when the sources give no date, so the page shows the publication as undated (see `dateBasis`). */
export function isUndated(publication: Pick<Publication, 'dateBasis'>): boolean {
  return publication.dateBasis === 'not-before';
}

/**
 * Whether the portal's title in `lang` is its own translation: the publication did not appear in that
 * language, or it did but the sources do not give that edition's title.
 */
export function titleIsTranslated(publication: Pick<Publication, 'languages' | 'titleNotKnownIn'>, lang: Lang): boolean {
  return titleTranslationReason(publication, lang) !== undefined;
}

/** Why the title in `lang` is the portal's translation, or undefined when it is the published one. */
export function titleTranslationReason(publication: Pick<Publication, 'languages' | 'titleNotKnownIn'>, lang: Lang): 'not-published' | 'not-known' | undefined {
  if (!publication.languages.includes(lang)) return 'not-published';
  return (publication.titleNotKnownIn ?? []).includes(lang) ? 'not-known' : undefined;
}

// Serbian puts a month after "iz" (from) and a day's month in the genitive: "iz marta", "21. decembra".
const SR_MONTHS_GENITIVE = ['januara', 'februara', 'marta', 'aprila', 'maja', 'juna', 'jula', 'avgusta', 'septembra', 'oktobra', 'novembra', 'decembra'];

/**
 * A partial date as it reads inside a sentence, with its preposition: "in 2022", "in March 2022", "on
 * 21 December 2022" (en); "në vitin 2022", "në mars 2022", "më 21 dhjetor 2022" (sq); "iz 2022. godine",
 * "iz marta 2022. godine", "od 21. decembra 2022. godine" (sr).
 */
export function dateInSentence(date: string, lang: Lang): string {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined) return date;
  if (lang === 'sr') {
    const monthName = month === undefined ? undefined : SR_MONTHS_GENITIVE[month - 1];
    if (monthName === undefined) return `iz ${year}. godine`;
    return day === undefined ? `iz ${monthName} ${year}. godine` : `od ${day}. ${monthName} ${year}. godine`;
  }
  if (month === undefined) return lang === 'en' ? `in ${year}` : `në vitin ${year}`;
  const monthName = new Intl.DateTimeFormat(LOCALE_TAG[lang], { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)));
  if (day === undefined) return lang === 'en' ? `in ${monthName} ${year}` : `në ${monthName} ${year}`;
  return lang === 'en' ? `on ${day} ${monthName} ${year}` : `më ${day} ${monthName} ${year}`;
}
