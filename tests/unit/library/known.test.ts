/**
 * What a page without a summary says: one sentence restating the metadata, never empty, never more
 * than the metadata; and what its links are called.
 */
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../../scripts/library/load-library.ts';
import { ui } from '../../../src/i18n/index.ts';
import { LANGS } from '../../../src/lib/i18n-langs.ts';
import { knownSentenceKey } from '../../../src/lib/library/display.ts';
import { knownSentence, publisherList } from '../../../src/lib/library/known.ts';
import { linkHost, linkKind, reportFileUrl } from '../../../src/lib/library/links.ts';

const library = loadLibrary('data');
const byId = (id: string) => {
  const found = library.publications.find((publication) => publication.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};
const words = (lang: (typeof LANGS)[number], programme?: string) => {
  const t = ui(lang);
  return { template: t[knownSentenceKey(byId('wbsb-2021-albania-european-integration-regional-security').type)], programmeClause: t.pub_known_programme, ...(programme ? { programme } : {}) };
};

describe('the sentence of what is known', () => {
  const albania = byId('wbsb-2021-albania-european-integration-regional-security');

  it('restates type, publishers, date and programme in each language', () => {
    expect(knownSentence(albania, 'en', words('en', 'Western Balkans Security Barometer'))).toBe(
      'A report of the Western Balkans Security Barometer published by CSDG in March 2022, under the programme “Western Balkans Security Barometer”.',
    );
    expect(knownSentence(albania, 'sq', words('sq'))).toBe('Raport i Barometrit të Sigurisë në Ballkanin Perëndimor, i botuar nga CSDG në mars 2022.');
    expect(knownSentence(albania, 'sr', words('sr'))).toBe('Izveštaj Barometra bezbednosti Zapadnog Balkana izdavača CSDG iz marta 2022. godine.');
  });

  it('leaves the date out when the sources give none, and lists several publishers', () => {
    const undated = byId('wbsb-2020-serbia-regional-cooperation-eu');
    expect(knownSentence(undated, 'en', words('en'))).toBe('A report of the Western Balkans Security Barometer published by BCSP.');
    expect(publisherList(byId('regional-security-barometer-2013'), 'sr')).toBe('KCSS, BCBP i IDM');
  });

  it('is never empty for a publication without a summary, in any language', () => {
    for (const publication of library.publications.filter((entry) => entry.summary === undefined)) {
      for (const lang of LANGS) {
        const t = ui(lang);
        const sentence = knownSentence(publication, lang, { template: t[knownSentenceKey(publication.type)], programmeClause: t.pub_known_programme });
        expect(sentence, `${publication.id} ${lang}`).toMatch(/^\p{Lu}.{20,}\.$/u);
        expect(sentence).not.toMatch(/\{\w+\}/u);
      }
    }
  });
});

describe('links to the original', () => {
  it('are named by what they lead to', () => {
    expect(linkKind(reportFileUrl('7c162994-f905-4604-8534-af206cfdfb4f.pdf'))).toBe('report-file');
    expect(linkKind('https://bezbednost.org/wp-content/uploads/2020/11/WBSB_SerbiaReport_eng.pdf')).toBe('pdf');
    expect(linkKind('https://qkss.org/en/lajmi/barometri-kosovar-i-sigurise-edicioni-i-v-te')).toBe('news');
    expect(linkKind('http://www.qkss.org/en/News/Publication-of-the-report-1253')).toBe('news');
    expect(linkKind('https://fdocuments.in/document/regional-security-barometer.html')).toBe('copy');
    expect(linkKind('https://qkss.org/en/publikimet/barometri-kosovar-i-sigurise-edicioni-i-katert')).toBe('page');
    expect(linkHost('http://www.qkss.org/sq/Raportet/x')).toBe('qkss.org');
  });

  it('lead every publication but two to its original, and every report file to the WBSB repository', () => {
    const withUrl = library.publications.filter((publication) => publication.url !== undefined);
    expect(withUrl).toHaveLength(library.publications.length - 2);
    for (const publication of library.publications) {
      for (const file of Object.values(publication.files ?? {})) expect(linkKind(reportFileUrl(file))).toBe('report-file');
    }
  });
});
