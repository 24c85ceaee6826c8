/** Suggested citations: APA text, BibTeX escaping and balance, RIS tags, in each language. */
import { describe, expect, it } from 'vitest';
import { apaCitation, apaParts, bibtexCitation, risCitation, type CitationInput } from '../../../src/lib/downloads/citation.ts';
import { bibtexEscape } from '../../../src/lib/citation/formats.ts';
import { surveyCitation } from '../../../src/lib/downloads/dataset-citation.ts';
import { SITE_URL } from '../../../src/lib/site.ts';
import { realCodebooks } from './fixtures.ts';

const input: CitationInput = {
  id: 'wbsb', author: 'Qendra Kosovare për Studime të Sigurisë', year: 2026, title: 'Barometri i Sigurisë në Ballkanin Perëndimor', version: '0.1.0',
  publisher: 'Qendra Kosovare për Studime të Sigurisë', url: 'https://securitybarometer.qkss.org/sq/data/wbsb/', language: 'sq',
  words: { version: 'Versioni', dataSet: 'Bashkësi të dhënash' }, note: 'të dhëna sintetike demonstruese',
};

/** Whether every { has its } (ignoring escaped braces). */
function balanced(text: string): boolean {
  let depth = 0;
  for (const char of text.replace(/\\[{}]/g, '')) {
    if (char === '{') depth += 1;
    if (char === '}') depth -= 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

describe('APA', () => {
  it('follows author. (year). title (version) [description]. URL, leaving out a publisher who is the author', () => {
    expect(apaCitation(input)).toBe(
      'Qendra Kosovare për Studime të Sigurisë. (2026). Barometri i Sigurisë në Ballkanin Perëndimor (Versioni 0.1.0) [Bashkësi të dhënash; të dhëna sintetike demonstruese]. https://securitybarometer.qkss.org/sq/data/wbsb/',
    );
    expect(apaParts(input).title).toBe(input.title);
  });

  it('names a publisher who is not the author, and has no note for real data', () => {
    const real: CitationInput = { ...input };
    delete real.note;
    expect(apaCitation({ ...real, publisher: 'Another Press' })).toBe(
      'Qendra Kosovare për Studime të Sigurisë. (2026). Barometri i Sigurisë në Ballkanin Perëndimor (Versioni 0.1.0) [Bashkësi të dhënash]. Another Press. https://securitybarometer.qkss.org/sq/data/wbsb/',
    );
  });
});

describe('BibTeX', () => {
  it('escapes LaTeX specials', () => {
    expect(bibtexEscape('50% & more_#1 {x} ~ ^ $ \\')).toBe('50\\% \\& more\\_\\#1 \\{x\\} \\~{} \\^{} \\$ \\textbackslash{}');
  });

  it('writes a balanced @misc entry with the organisation in double braces', () => {
    const entry = bibtexCitation({ ...input, title: 'Trust & safety {2024}' });
    expect(entry.startsWith('@misc{wbsb_2026,\n')).toBe(true);
    expect(entry).toContain('  author = {{Qendra Kosovare për Studime të Sigurisë}},');
    expect(entry).toContain('  title = {{Trust \\& safety \\{2024\\}}},');
    expect(entry).toContain('  url = {https://securitybarometer.qkss.org/sq/data/wbsb/},');
    expect(entry).toContain('  note = {Versioni 0.1.0. të dhëna sintetike demonstruese},');
    expect(entry.trimEnd().endsWith('}')).toBe(true);
    expect(balanced(entry)).toBe(true);
  });
});

describe('RIS', () => {
  it('writes one "TAG  - value" line per field, CRLF, ending with ER', () => {
    expect(risCitation(input).split('\r\n')).toEqual([
      'TY  - DATA',
      `AU  - ${input.author}`,
      'PY  - 2026',
      `TI  - ${input.title}`,
      'ET  - 0.1.0',
      `PB  - ${input.publisher}`,
      `UR  - ${input.url}`,
      'LA  - sq',
      `N1  - ${input.note ?? ''}`,
      'ER  - ',
      '',
    ]);
  });
});

describe('citations of the survey in each language', () => {
  it('use the language\'s words, the release year from the change log and the page in that language', async () => {
    const codebooks = await realCodebooks();
    const year = Number(codebooks.en.dataset.changelog.find((entry) => entry.version === codebooks.en.dataset.version)?.date.slice(0, 4));
    const sr = surveyCitation('sr', codebooks.sr.dataset);
    expect(sr).toMatchObject({ year, language: 'sr', url: `${SITE_URL}/sr/data/wbsb/`, words: { version: 'Verzija', dataSet: 'Skup podataka' }, note: 'sintetički demonstracioni podaci' });
    expect(apaCitation(surveyCitation('en', codebooks.en.dataset))).toBe(
      `Kosovar Centre for Security Studies. (${year}). Western Balkans Security Barometer (Version ${codebooks.en.dataset.version}) [Data set; synthetic demonstration data]. ${SITE_URL}/en/data/wbsb/`,
    );
  });

  it('link to the same address astro.config.mjs builds the site for', async () => {
    const { default: config } = await import('../../../astro.config.mjs');
    expect(config.site).toBe(SITE_URL);
  });
});
