/**
 * Pagefind records for the text of one edition's PDF: one record per PDF page with text, in the index
 * of the edition's language only (a Serbian PDF is found from the Serbian search, with Serbian
 * stemming), pointing at the publication's page in that language (with #page=N). They carry the same
 * filters as the page (type, programme, year) and, as metadata, the title, the page number and the
 * address of the local copy.
 */
import type { CustomRecord } from 'pagefind';
import { LOCALE_TAG, type Lang } from '../../src/lib/i18n-langs.ts';
import { localPath } from '../../src/lib/paths.ts';
import { yearOf } from '../../src/lib/library/dates.ts';
import type { Publication } from '../../src/lib/library/schema.ts';

/** Pagefind lower-cases <html lang> (sr-Latn → sr-latn); records must use the same key to join that index. */
export function pagefindLanguage(tag: string): string {
  return tag.toLowerCase();
}

/** The edition a PDF is: its publication, its language and the site-absolute address of its copy. */
export interface PdfEdition {
  publication: Publication;
  lang: Lang;
  href: string;
}

export function pdfRecords(edition: PdfEdition, pageTexts: readonly string[]): CustomRecord[] {
  const { publication, lang, href } = edition;
  const filters: Record<string, string[]> = { type: ['publication'], year: [String(yearOf(publication.date))] };
  if (publication.programme !== undefined) filters['programme'] = [publication.programme];
  return pageTexts.flatMap((content, index) => {
    if (content === '') return [];
    const page = String(index + 1);
    return [
      {
        url: `${localPath(lang, 'publications', publication.id)}#page=${page}`,
        content,
        language: pagefindLanguage(LOCALE_TAG[lang]),
        meta: { title: publication.title[lang], page, pdf: href },
        filters,
      },
    ];
  });
}
