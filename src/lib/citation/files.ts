/**
 * The citation files a cited page offers next to itself (/<lang>/<section>/<id>/citation.bib and
 * .ris): their formats, content types and download names.
 */
export const CITATION_FORMATS = ['bib', 'ris'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

export const CITATION_CONTENT_TYPE: Record<CitationFormat, string> = {
  bib: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
};

export function isCitationFormat(value: unknown): value is CitationFormat {
  return typeof value === 'string' && (CITATION_FORMATS as readonly string[]).includes(value);
}

/** The file's address next to the page at `pagePath` (which ends with a slash). */
export function citationFilePath(pagePath: string, format: CitationFormat): string {
  return `${pagePath}citation.${format}`;
}

/** The name a download gets: the item's id and the language of its citation ("wbsb-sq.ris"). */
export function citationFileName(id: string, lang: string, format: CitationFormat): string {
  return `${id}-${lang}.${format}`;
}

/** The response carrying a citation file. */
export function citationResponse(format: CitationFormat, body: string): Response {
  return new Response(body, { headers: { 'Content-Type': CITATION_CONTENT_TYPE[format] } });
}
