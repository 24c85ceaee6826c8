/**
 * How a publication is cited in one language, for its page, its citation meta tags and its .bib and
 * .ris files. Build time only (the site address).
 */
import type { CitationMetaInput } from '../../lib/citation/meta-tags.ts';
import type { Lang } from '../../lib/i18n-langs.ts';
import type { PublicationCiteContext } from '../../lib/library/citation-formats.ts';
import { publicationTypeKey } from '../../lib/library/display.ts';
import { preferredLocalCopy } from '../../lib/library/local-files.ts';
import { PUBLISHERS } from '../../lib/library/publishers.ts';
import type { Publication } from '../../lib/library/schema.ts';
import { localPath } from '../../lib/paths.ts';
import { absoluteUrl } from '../../lib/site.ts';
import { ui } from '../../i18n/index.ts';
import { localEditions } from '../../build/library.ts';

/**
 * The portal's own copy first (the reader's language's edition, else the original's), so that reference
 * managers fetch the file from here; else the original, when its link is a PDF.
 */
function pdfUrlOf(publication: Publication, lang: Lang): string | undefined {
  const local = preferredLocalCopy(localEditions(publication), lang, publication.languages);
  if (local !== undefined) return absoluteUrl(local);
  return publication.url && /\.pdf$/iu.test(new URL(publication.url).pathname) ? publication.url : undefined;
}

export function publicationCite(lang: Lang, publication: Publication): { context: PublicationCiteContext; meta: CitationMetaInput } {
  const t = ui(lang);
  const pdfUrl = pdfUrlOf(publication, lang);
  const publishers = publication.publishers.map((id) => PUBLISHERS[id].name[lang]);
  const context: PublicationCiteContext = {
    publisher: publishers.join(', '),
    publishers,
    noDate: t.pub_no_date,
    typeLabel: t[publicationTypeKey(publication.type)],
    pageUrl: absoluteUrl(localPath(lang, 'publications', publication.id)),
    ...(pdfUrl ? { pdfUrl } : {}),
  };
  const meta: CitationMetaInput = {
    title: publication.originalTitle,
    authors: publication.authors.length > 0 ? publication.authors : publishers,
    date: publication.date,
    publisher: publishers.join(', '),
    language: publication.languages[0] ?? lang,
    ...(publication.isbn ? { isbn: publication.isbn } : {}),
    ...(pdfUrl ? { pdfUrl } : {}),
    kind: publication.isbn ? 'book' : 'report',
  };
  return { context, meta };
}
