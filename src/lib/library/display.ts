/**
 * How library facts read on the pages: partial dates in each language, the UI-string keys of
 * publication types and languages, a project's period, and the opening words of a summary.
 */
import { LOCALE_TAG, type Lang } from '../i18n-langs.ts';
import type { Project, PublicationType } from './schema.ts';

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
  return project.status === 'ongoing' ? sinceTemplate.replace('{start}', start) : start;
}

/** The first `maxWords` words of a text, with an ellipsis when something was cut. */
export function openingWords(text: string, maxWords: number): string {
  const words = text.trim().split(/\s+/u);
  if (words.length <= maxWords) return words.join(' ');
  return `${words.slice(0, maxWords).join(' ').replace(/[,;:.–-]+$/u, '')}…`;
}
