/**
 * The one sentence a publication page shows when the portal has not read the publication: it restates
 * the metadata (type, publishers, date, programme) and nothing else, so that no summary is ever made up.
 * The wording comes from UI strings, one per publication type, so that Albanian can agree the participle
 * with the type's gender; the date and programme clauses are written to need no agreement.
 */
import { fillSlots } from '../fill-slots.ts';
import { LOCALE_TAG, type Lang } from '../i18n-langs.ts';
import { dateInSentence, isUndated } from './display.ts';
import { PUBLISHERS } from './publishers.ts';
import type { Publication } from './schema.ts';

export interface KnownSentenceWords {
  /** The type's template, with {publishers}, {date} and {programme}, e.g. "A report published by {publishers}{date}{programme}." */
  template: string;
  /** The programme clause, with {programme}, e.g. ", under the programme “{programme}”". */
  programmeClause: string;
  /** The programme's name in the reader's language, when the publication has one. */
  programme?: string;
}

/** "KCSS", "KCSS and BCSP", "KCSS, BCSP and IDM", in the reader's language. */
export function publisherList(publication: Pick<Publication, 'publishers'>, lang: Lang): string {
  const names = publication.publishers.map((id) => PUBLISHERS[id].short[lang]);
  return new Intl.ListFormat(LOCALE_TAG[lang], { type: 'conjunction' }).format(names);
}

export function knownSentence(publication: Publication, lang: Lang, words: KnownSentenceWords): string {
  const date = isUndated(publication) ? '' : ` ${dateInSentence(publication.date, lang)}`;
  const programme = words.programme === undefined ? '' : fillSlots(words.programmeClause, { programme: words.programme });
  return fillSlots(words.template, { publishers: publisherList(publication, lang), date, programme });
}
