/**
 * A publication's reference for reference managers, in BibTeX and RIS. With an ISBN it is a book
 * (@book, TY BOOK), else a report issued by the publisher (@techreport, TY RPRT), which is what KCSS
 * publishes. Authors as credited; when none are named the publisher stands in as a corporate author
 * (braced in BibTeX, so it is not split into first and last names). The title is the one published.
 */
import type { CitationContext } from './citation.ts';
import { bibtexEntry, bibtexEscape, bibtexUrl, risRecord } from '../citation/formats.ts';
import type { Publication } from './schema.ts';

/** What the APA citation needs (publishers, "n.d.", the page) and what BibTeX and RIS add. */
export interface PublicationCiteContext extends CitationContext {
  /** The publishers' names in the reader's language, joined (BibTeX `publisher`, RIS `PB`). */
  publisher: string;
  /** The publication's type in the reader's language ("Policy brief"). */
  typeLabel: string;
  /** Absolute URL of the publication's page on this portal, used when there is no link to the original. */
  pageUrl: string;
  /** Absolute URL of a PDF of the publication, when there is one. */
  pdfUrl?: string;
}

const isBook = (publication: Publication) => publication.isbn !== undefined;

function link(publication: Publication, context: PublicationCiteContext): string {
  return publication.url ?? context.pageUrl;
}

export function publicationBibtex(publication: Publication, context: PublicationCiteContext): string {
  const authors = publication.authors.length > 0 ? publication.authors.map(bibtexEscape).join(' and ') : `{${bibtexEscape(context.publisher)}}`;
  const optional: [string, string | undefined][] = [
    ['isbn', publication.isbn],
    ['language', publication.languages[0]],
  ];
  return bibtexEntry(isBook(publication) ? 'book' : 'techreport', `${publication.id}_${publication.date.slice(0, 4)}`, [
    ['author', authors],
    // Inner braces keep the title's capitals as published.
    ['title', `{${bibtexEscape(publication.originalTitle)}}`],
    [isBook(publication) ? 'publisher' : 'institution', bibtexEscape(context.publisher)],
    ['year', publication.date.slice(0, 4)],
    // biblatex reads the date as precise as it is known; BibTeX ignores the field.
    ['date', publication.date],
    ...(isBook(publication) ? [] : ([['type', bibtexEscape(context.typeLabel)]] as const)),
    ...optional.filter((field): field is [string, string] => field[1] !== undefined).map(([name, value]) => [name, bibtexEscape(value)] as const),
    ['url', bibtexUrl(link(publication, context))],
  ]);
}

/** A partial date as RIS writes dates: YYYY/MM/DD/ with the unknown parts empty. */
function risDate(date: string): string {
  const [year = '', month = '', day = ''] = date.split('-');
  return `${year}/${month}/${day}/`;
}

export function publicationRis(publication: Publication, context: PublicationCiteContext): string {
  const authors = publication.authors.length > 0 ? publication.authors : [context.publisher];
  const optional: [string, string | undefined][] = [
    ['SN', publication.isbn],
    ['LA', publication.languages[0]],
    // Zotero and EndNote attach the file a record names in L1.
    ['L1', context.pdfUrl],
  ];
  return risRecord([
    ['TY', isBook(publication) ? 'BOOK' : 'RPRT'],
    ...authors.map((author) => ['AU', author] as const),
    ['TI', publication.originalTitle],
    ['PY', publication.date.slice(0, 4)],
    ['DA', risDate(publication.date)],
    ['PB', context.publisher],
    ['M3', context.typeLabel],
    ...optional.filter((tag): tag is [string, string] => tag[1] !== undefined),
    ['UR', link(publication, context)],
  ]);
}
