/**
 * What a publication page and card show, computed from the validated entry and the UI strings: the
 * facts list, the links to the original and its editions, and the one sentence that restates the
 * metadata when the portal has no summary. Kept out of the .astro files so that they stay thin.
 */
import type { Lang } from '../../lib/i18n-langs.ts';
import { LOCALE_TAG } from '../../lib/i18n-langs.ts';
import { localPath } from '../../lib/paths.ts';
import { fill, type UiStrings } from '../../i18n/index.ts';
import { capitalise, formatPartialDate, isUndated, knownSentenceKey, languageNameKey, openingWords, publicationTypeKey } from '../../lib/library/display.ts';
import { knownSentence } from '../../lib/library/known.ts';
import { linkHost, linkKind, linkKindKey, reportFileUrl } from '../../lib/library/links.ts';
import type { LocalEditions } from '../../lib/library/local-files.ts';
import { PUBLISHERS } from '../../lib/library/publishers.ts';
import type { Publication } from '../../lib/library/schema.ts';
import { TOPIC_LABELS } from '../../lib/library/topics.ts';
import type { Fact } from './facts.ts';
import { programmeOf, projectOf } from '../../build/library.ts';

/** The date as the facts list and the cards show it, saying how it is known when it is not printed. */
export function dateText(publication: Publication, lang: Lang, t: UiStrings): string {
  if (isUndated(publication)) return fill(t.pub_date_undated, { year: publication.date });
  const date = formatPartialDate(publication.date, lang);
  return publication.dateBasis === 'page' ? `${date} ${t.pub_date_page}` : date;
}

export function publicationFacts(publication: Publication, lang: Lang, t: UiStrings): Fact[] {
  const programme = programmeOf(publication.programme);
  const project = projectOf(publication.project);
  const publishedTitles = publication.languages
    .filter((language) => !(publication.titleNotKnownIn ?? []).includes(language))
    .map((language) => ({ text: publication.title[language], lang: LOCALE_TAG[language], prefix: capitalise(t[languageNameKey(language)]) }));
  return [
    { label: t.pub_published_titles, values: publishedTitles },
    { label: t.pub_date, values: [dateText(publication, lang, t)] },
    { label: t.pub_type, values: [t[publicationTypeKey(publication.type)]] },
    { label: t.pub_programme, values: [programme ? { text: programme.name[lang], href: localPath(lang, 'programmes', programme.id) } : t.library_no_programme] },
    { label: t.pub_project, values: project ? [{ text: project.name[lang], href: localPath(lang, 'projects', project.id) }] : [] },
    { label: t.pub_authors, values: publication.authors.length > 0 ? publication.authors : [t.pub_authors_none] },
    { label: t.pub_publishers, values: publication.publishers.map((id) => PUBLISHERS[id].name[lang]) },
    { label: t.pub_languages, values: [publication.languages.map((language) => t[languageNameKey(language)]).join(', ')] },
    { label: t.pub_isbn, values: publication.isbn === undefined ? [] : [publication.isbn] },
    { label: t.pub_topics, values: publication.topics.map((topic) => TOPIC_LABELS[topic][lang]) },
  ];
}

export interface PublicationLink {
  href: string;
  text: string;
  /** Language of the linked document, when known. */
  hreflang?: string;
}

/** A link labelled by what it leads to ("The PDF on bezbednost.org"), with its language when given. */
function labelled(url: string, t: UiStrings, language?: Lang): PublicationLink {
  const link = fill(t[linkKindKey(linkKind(url))], { host: linkHost(url) });
  if (language === undefined) return { href: url, text: link };
  return { href: url, text: fill(t.pub_link_language, { link, language: t[languageNameKey(language)] }), hreflang: LOCALE_TAG[language] };
}

/**
 * The original first, then the portal's copies of the editions the publication files folder holds, then
 * each edition's report file (unless it is the original), then the other addresses. The original stays
 * linked beside a local copy: it is the publisher's, and the copy may be older than a corrected upload.
 */
export function publicationLinks(
  publication: Publication,
  t: UiStrings,
  local: LocalEditions = {},
): { original?: PublicationLink; localCopies: PublicationLink[]; editions: PublicationLink[]; others: PublicationLink[] } {
  const localCopies = publication.languages.flatMap((language) => {
    const href = local[language];
    return href === undefined ? [] : [{ href, text: fill(t.pub_local_copy, { language: t[languageNameKey(language)] }), hreflang: LOCALE_TAG[language] }];
  });
  const editions = publication.languages.flatMap((language) => {
    const file = publication.files?.[language];
    if (file === undefined) return [];
    return [{ href: reportFileUrl(file), text: fill(t.pub_link_edition, { language: t[languageNameKey(language)] }), hreflang: LOCALE_TAG[language] }];
  });
  const others = (publication.otherLinks ?? []).map((link) => labelled(link.url, t, link.lang));
  if (publication.url === undefined) return { localCopies, editions, others };
  // When the original is itself an edition's report file, it is named as that edition.
  const original = editions.find((edition) => edition.href === publication.url) ?? labelled(publication.url, t);
  return { original, localCopies, editions: editions.filter((edition) => edition !== original), others };
}

/**
 * The sentence that restates the metadata, for a publication without a summary. A Barometer type already
 * names the Barometer, so the programme clause is left out there rather than said twice.
 */
export function knownText(publication: Publication, lang: Lang, t: UiStrings): string {
  const programme = publication.type.startsWith('barometer-') ? undefined : programmeOf(publication.programme);
  return knownSentence(publication, lang, {
    template: t[knownSentenceKey(publication.type)],
    programmeClause: t.pub_known_programme,
    ...(programme ? { programme: programme.name[lang] } : {}),
  });
}

/** A publication's few opening words: its summary's, or the sentence of what is known. */
export function publicationTeaser(publication: Publication, lang: Lang, t: UiStrings, maxWords: number): string {
  return publication.summary ? openingWords(publication.summary[lang], maxWords) : knownText(publication, lang, t);
}
