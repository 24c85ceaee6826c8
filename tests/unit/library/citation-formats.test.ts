/** A publication's BibTeX and RIS records, and the citation meta tags of cited pages. */
import { describe, expect, it } from 'vitest';
import { citationMetaTags, scholarDate } from '../../../src/lib/citation/meta-tags.ts';
import { citationFileName, citationFilePath } from '../../../src/lib/citation/files.ts';
import { publicationBibtex, publicationRis, type PublicationCiteContext } from '../../../src/lib/library/citation-formats.ts';
import type { Publication } from '../../../src/lib/library/schema.ts';
import { PUBLICATION } from './publication-fixture.ts';

const report: Publication = {
  ...PUBLICATION,
  id: 'two-viewpoints',
  originalTitle: 'Two opposite viewpoints? 50% & {more}',
  date: '2022-03-07',
  type: 'policy-brief',
  authors: ['Ana One', 'Ben Two'],
  languages: ['sq', 'en'],
  url: 'https://qkss.org/en/two.pdf',
};
delete report.isbn;
const context: PublicationCiteContext = {
  publisher: 'Kosovar Centre for Security Studies',
  publishers: ['Kosovar Centre for Security Studies'],
  noDate: 'n.d.',
  typeLabel: 'Policy brief',
  pageUrl: 'https://securitybarometer.qkss.org/en/publications/two-viewpoints/',
  pdfUrl: 'https://qkss.org/en/two.pdf',
};

describe('a publication in BibTeX', () => {
  it('is a report of its publisher with every author, the escaped title as published, and the link', () => {
    expect(publicationBibtex(report, context)).toBe([
      '@techreport{two-viewpoints_2022,',
      '  author = {Ana One and Ben Two},',
      '  title = {{Two opposite viewpoints? 50\\% \\& \\{more\\}}},',
      '  institution = {Kosovar Centre for Security Studies},',
      '  year = {2022},',
      '  date = {2022-03-07},',
      '  type = {Policy brief},',
      '  language = {sq},',
      '  url = {https://qkss.org/en/two.pdf}',
      '}',
      '',
    ].join('\n'));
  });

  it('is a book when it has an ISBN, credits the publisher when no author is named, links the portal without an original', () => {
    const book: Publication = { ...report, authors: [], isbn: '978-9951-842-12-9' };
    delete book.url;
    const entry = publicationBibtex(book, context);
    expect(entry.startsWith('@book{')).toBe(true);
    expect(entry).toContain('  author = {{Kosovar Centre for Security Studies}},');
    expect(entry).toContain('  publisher = {Kosovar Centre for Security Studies},');
    expect(entry).toContain('  isbn = {978-9951-842-12-9},');
    expect(entry).toContain(`  url = {${context.pageUrl}}`);
    expect(entry).not.toContain('type =');
  });
});

describe('a publication in RIS', () => {
  it('has one AU line per author, the RIS date, the type, the PDF to attach, CRLF and ER', () => {
    expect(publicationRis(report, context).split('\r\n')).toEqual([
      'TY  - RPRT',
      'AU  - Ana One',
      'AU  - Ben Two',
      'TI  - Two opposite viewpoints? 50% & {more}',
      'PY  - 2022',
      'DA  - 2022/03/07/',
      'PB  - Kosovar Centre for Security Studies',
      'M3  - Policy brief',
      'LA  - sq',
      'L1  - https://qkss.org/en/two.pdf',
      'UR  - https://qkss.org/en/two.pdf',
      'ER  - ',
      '',
    ]);
  });

  it('writes a date known to the month with its day left empty', () => {
    expect(publicationRis({ ...report, date: '2023-12' }, context)).toContain('DA  - 2023/12//\r\n');
  });
});

describe('citation meta tags', () => {
  it('give Scholar a full date as YYYY/MM/DD and a partial one as its year', () => {
    expect(scholarDate('2026-11-21')).toBe('2026/11/21');
    expect(scholarDate('2023-12')).toBe('2023');
    expect(scholarDate('2022')).toBe('2022');
  });

  it('name the report, each author, the date, the institution and the PDF', () => {
    expect(citationMetaTags({
      title: 'Two opposite viewpoints?', authors: ['Ana One', 'Ben Two'], date: '2022-03-07', publisher: 'KCSS', language: 'en',
      pdfUrl: 'https://qkss.org/two.pdf', kind: 'report',
    })).toEqual([
      ['citation_title', 'Two opposite viewpoints?'],
      ['citation_author', 'Ana One'],
      ['citation_author', 'Ben Two'],
      ['citation_publication_date', '2022/03/07'],
      ['citation_publisher', 'KCSS'],
      ['citation_technical_report_institution', 'KCSS'],
      ['citation_language', 'en'],
      ['citation_pdf_url', 'https://qkss.org/two.pdf'],
    ]);
  });

  it('mark a dataset for Zotero and leave out what it does not have', () => {
    const tags = citationMetaTags({ title: 'WBSB', authors: ['KCSS'], date: '2026', publisher: 'KCSS', language: 'sr', kind: 'dataset' });
    expect(tags.map(([name]) => name)).toEqual(['citation_title', 'citation_author', 'citation_publication_date', 'citation_publisher', 'citation_language', 'DC.type']);
    expect(tags.at(-1)).toEqual(['DC.type', 'Dataset']);
  });
});

describe('citation files', () => {
  it('sit next to the page and download under the item\'s id and language', () => {
    expect(citationFilePath('/sq/data/wbsb/', 'ris')).toBe('/sq/data/wbsb/citation.ris');
    expect(citationFileName('wbsb', 'sq', 'bib')).toBe('wbsb-sq.bib');
  });
});
