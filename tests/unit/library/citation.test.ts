import { describe, expect, it } from 'vitest';
import { citePublication } from '../../../src/lib/library/citation.ts';
import type { Publication } from '../../../src/lib/library/schema.ts';
import { PUBLICATION } from './publication-fixture.ts';

const base: Publication = PUBLICATION;
const context = { publishers: ['Kosovar Centre for Security Studies'], noDate: 'n.d.', pageUrl: 'https://securitybarometer.qkss.org/en/publications/x/' };

describe('citing a publication', () => {
  it('gives authors, year, title, publisher, ISBN and the page link', () => {
    expect(citePublication(base, context)).toBe(
      'Adelina Hasani (2023). Gender Integration in the Kosovo Security Forces. Kosovar Centre for Security Studies. ISBN 978-9951-842-12-9. https://securitybarometer.qkss.org/en/publications/x/',
    );
  });

  it('links the original when there is one and joins several authors with commas and an ampersand', () => {
    const cited = citePublication({ ...base, authors: ['A One', 'B Two', 'C Three'], url: 'https://qkss.org/en/x' }, context);
    expect(cited.startsWith('A One, B Two & C Three (2023).')).toBe(true);
    expect(cited.endsWith('ISBN 978-9951-842-12-9. https://qkss.org/en/x')).toBe(true);
  });

  it('puts the publisher first when no author is named, and keeps a title that ends with a question mark as it is', () => {
    const withoutIsbn: Publication = { ...base };
    delete withoutIsbn.isbn;
    expect(citePublication({ ...withoutIsbn, authors: [], originalTitle: 'Two opposite viewpoints?', date: '2022' }, context)).toBe(
      'Kosovar Centre for Security Studies (2022). Two opposite viewpoints? https://securitybarometer.qkss.org/en/publications/x/',
    );
  });

  it('names every publisher, and writes "n.d." for a publication the sources do not date', () => {
    const several = { ...context, publishers: ['Belgrade Centre for Security Policy (BCSP)', 'Kosovar Centre for Security Studies (KCSS)'] };
    expect(citePublication({ ...base, authors: [], date: '2020', dateBasis: 'not-before', url: 'https://bezbednost.org/x.pdf' }, several)).toBe(
      'Belgrade Centre for Security Policy (BCSP), Kosovar Centre for Security Studies (KCSS) (n.d.). Gender Integration in the Kosovo Security Forces. ISBN 978-9951-842-12-9. https://bezbednost.org/x.pdf',
    );
  });
});
