/**
 * The suggested citation of a publication, in an author–date style close to APA: the authors as
 * credited (the publishers stand in when none are named), the year ("n.d." or its translation when the
 * sources give none), the title as published, the publishers, the ISBN and a link (the original, else
 * the portal's page).
 */
import { yearOf } from './dates.ts';
import { isUndated } from './display.ts';
import type { Publication } from './schema.ts';

export interface CitationContext {
  /** The publishers' names in the reader's language, in the publication's order. */
  publishers: readonly string[];
  /** What stands for the year of an undated publication ("n.d."). */
  noDate: string;
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
  const publishers = context.publishers.join(', ');
  const creator = publication.authors.length > 0 ? joinAuthors(publication.authors) : publishers;
  const year = isUndated(publication) ? context.noDate : String(yearOf(publication.date));
  const parts = [`${creator} (${year}).`, sentence(publication.originalTitle)];
  if (publication.authors.length > 0) parts.push(sentence(publishers));
  if (publication.isbn !== undefined) parts.push(`ISBN ${publication.isbn}.`);
  parts.push(publication.url ?? context.pageUrl);
  return parts.join(' ');
}
