/**
 * Pagefind records for the text of a publication's PDF: one record per PDF page and portal language,
 * pointing at the publication's page in that language (with #page=N), carrying the same filters as the
 * page (type, programme, year) and, as metadata, the title, the page number and the PDF's address. The
 * PDF's words are thus found from the search of every language, whatever language the PDF is in.
 */
import type { CustomRecord } from 'pagefind';
import { LANGS, LOCALE_TAG } from '../../src/lib/i18n-langs.ts';
import { localPath } from '../../src/lib/paths.ts';
import { yearOf } from '../../src/lib/library/dates.ts';
import type { Publication } from '../../src/lib/library/schema.ts';

/** Pagefind lower-cases <html lang> (sr-Latn → sr-latn); records must use the same key to join that index. */
export function pagefindLanguage(tag: string): string {
  return tag.toLowerCase();
}

export function pdfRecords(publication: Publication, pageTexts: readonly string[]): CustomRecord[] {
  const pdf = publication.pdf;
  if (pdf === undefined) return [];
  const filters: Record<string, string[]> = { type: ['publication'], year: [String(yearOf(publication.date))] };
  if (publication.programme !== undefined) filters['programme'] = [publication.programme];
  return LANGS.flatMap((lang) =>
    pageTexts.flatMap((content, index) => {
      if (content === '') return [];
      const page = String(index + 1);
      return [
        {
          url: `${localPath(lang, 'publications', publication.id)}#page=${page}`,
          content,
          language: pagefindLanguage(LOCALE_TAG[lang]),
          meta: { title: publication.title[lang], page, pdf: `/${pdf}` },
          filters,
        },
      ];
    }),
  );
}
