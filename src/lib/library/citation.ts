/**
 * The suggested citation of a publication, in an author–date style close to APA: the authors as
 * credited (the publisher stands in when none are named), the year, the title as published, the
 * publisher, the ISBN and a link (the original on the publisher's site, else the portal's page).
 */
import { yearOf } from './dates.ts';
import type { Publication } from './schema.ts';

export interface CitationContext {
  /** The publisher's name in the reader's language. */
  publisher: string;
  /** Absolute URL of the publication's page on this portal, used when there is no link to the original. */
  pageUrl: string;
}

/** "A", "A & B", "A, B & C". */
function joinAuthors(authors: readonly string[]): string {
  if (authors.length <= 1) return authors.join('');
  return `${authors.slice(0, -1).join(', ')} & ${authors.at(-1) ?? ''}`;
}

/** Ends a citation element with a full stop unless it already ends with punctuation. */
function sentence(text: string): string {
  return /[.!?]$/u.test(text) ? text : `${text}.`;
}

export function citePublication(publication: Publication, context: CitationContext): string {
  const creator = publication.authors.length > 0 ? joinAuthors(publication.authors) : context.publisher;
  const parts = [`${creator} (${yearOf(publication.date)}).`, sentence(publication.originalTitle)];
  if (publication.authors.length > 0) parts.push(sentence(context.publisher));
  if (publication.isbn !== undefined) parts.push(`ISBN ${publication.isbn}.`);
  parts.push(publication.url ?? context.pageUrl);
  return parts.join(' ');
}
