/**
 * The portal's local copies of a publication's editions: their addresses, which one a citation points
 * at, and how the publication page lists them beside the original.
 */
import { describe, expect, it } from 'vitest';
import { localFileHref, preferredLocalCopy } from '../../../src/lib/library/local-files.ts';
import { publicationLinks } from '../../../src/components/library/publication-view.ts';
import { ui } from '../../../src/i18n/index.ts';
import { PUBLICATION } from './publication-fixture.ts';

const EN = '7c162994-f905-4604-8534-af206cfdfb4f.pdf';
const SQ = '2458225b-0140-4af3-8399-b96873c0f551.pdf';

describe('local copies', () => {
  it('are served under /publications/files/ with their own names', () => {
    expect(localFileHref(EN)).toBe(`/publications/files/${EN}`);
  });

  it('a citation points at the edition in the reader\'s language, else the original\'s, else any', () => {
    const both = { en: localFileHref(EN), sq: localFileHref(SQ) };
    expect(preferredLocalCopy(both, 'sq', ['en', 'sq'])).toBe(localFileHref(SQ));
    expect(preferredLocalCopy(both, 'sr', ['en', 'sq'])).toBe(localFileHref(EN));
    expect(preferredLocalCopy({ sq: localFileHref(SQ) }, 'sr', ['en', 'sq'])).toBe(localFileHref(SQ));
    expect(preferredLocalCopy({}, 'en', ['en'])).toBeUndefined();
  });

  it('are listed on the page after the original, which stays linked, one per edition in its language', () => {
    const publication = { ...PUBLICATION, languages: ['en', 'sq'] as const, url: 'https://example.com/report.pdf' };
    const t = ui('en');
    const links = publicationLinks({ ...publication, languages: [...publication.languages] }, t, { sq: localFileHref(SQ), en: localFileHref(EN) });
    expect(links.original?.href).toBe('https://example.com/report.pdf');
    expect(links.localCopies).toEqual([
      { href: localFileHref(EN), text: 'The PDF (English), a copy on this portal', hreflang: 'en' },
      { href: localFileHref(SQ), text: 'The PDF (Albanian), a copy on this portal', hreflang: 'sq' },
    ]);
    expect(publicationLinks(PUBLICATION, t).localCopies).toEqual([]);
  });
});
