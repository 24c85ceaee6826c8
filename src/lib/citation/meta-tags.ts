/**
 * The <meta> tags Google Scholar and Zotero read to cite a page (Highwire Press citation_* tags, as
 * Scholar's inclusion guidelines list them), for publication and dataset pages.
 */
export interface CitationMetaInput {
  /** The title as published. */
  title: string;
  /** Authors as credited; a corporate author when no person is named. */
  authors: readonly string[];
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  publisher: string;
  /** ISO 639-1 language of the work. */
  language: string;
  isbn?: string;
  /** Absolute URL of the full text as PDF. */
  pdfUrl?: string;
  /** A report (Scholar wants its institution), a book (ISBN) or a dataset. */
  kind: 'report' | 'book' | 'dataset';
}

/**
 * Scholar reads a full date as YYYY/MM/DD, or a year alone; a year-and-month date is given as its
 * year rather than made precise.
 */
export function scholarDate(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/u.test(date) ? date.replaceAll('-', '/') : date.slice(0, 4);
}

/** [name, content] pairs, in the order Scholar's examples give them. */
export function citationMetaTags(input: CitationMetaInput): [string, string][] {
  const tags: [string, string | undefined][] = [
    ['citation_title', input.title],
    ...input.authors.map((author) => ['citation_author', author] as [string, string]),
    ['citation_publication_date', scholarDate(input.date)],
    ['citation_publisher', input.publisher],
    ['citation_technical_report_institution', input.kind === 'report' ? input.publisher : undefined],
    ['citation_isbn', input.isbn],
    ['citation_language', input.language],
    ['citation_pdf_url', input.pdfUrl],
    // Zotero takes the item type from Dublin Core; without it a dataset would be saved as a web page.
    ['DC.type', input.kind === 'dataset' ? 'Dataset' : undefined],
  ];
  return tags.filter((tag): tag is [string, string] => tag[1] !== undefined && tag[1] !== '');
}
