import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../../scripts/library/load-library.ts';
import { isUndated } from '../../../src/lib/library/display.ts';

const library = loadLibrary('data');
const LANGS = ['sq', 'en', 'sr'] as const;
const byId = (id: string) => library.publications.find((publication) => publication.id === id);

/** Counted here independently of src/lib/library/words.ts: tokens between spaces that hold a letter or digit. */
function words(text: string): number {
  return text
    .trim()
    .split(/\s+/u)
    .filter((token) => /[0-9A-Za-zÀ-ž]/u.test(token)).length;
}

// The 22 publications read and summarised before the whole library was added: the 18 the Annual Report
// 2022 lists with links, the annual report itself, the December 2023 KSF report, the 2023 Kosovo Police
// study it cites, and the first policy brief of the 2016 project. Each keeps its summary.
const SUMMARISED = [
  'annual-report-2022', 'collaborative-approach-to-counter-apathy', 'deradicalisation-balkans-mena-synthesis', 'deradicalisation-balkans-working-paper',
  'disengagement-rehabilitation-reintegration-ftf', 'disinformation-polarisation-covid19', 'eu-integration-regional-cooperation-perceptions',
  'gender-based-violence-baseline', 'gender-integration-ksf', 'integrity-public-institutions-perceptions', 'inter-ethnic-relations-survey-results',
  'kosovo-serbia-dialogue-status-quo', 'little-black-book-organised-crime', 'open-borders-albania-kosovo-organised-crime',
  'preventing-violent-extremism-community-resilience', 'safeguarding-critical-infrastructure-kosovo', 'serbian-foreign-policy-war-ukraine',
  'smart-integration-community-level', 'trust-corruption-integrity-public-institutions', 'two-opposite-viewpoints',
  'violent-extremism-reintegration-perceptions', 'women-police-gender-integration-kp',
];
// Section C of ../shared/research/published-figures.md: 68 rows, of which C66 (a conference), C67 (a programme
// page) and C68 (a project page) are not publications; 8 of the other 65 were among the 22 above.
const SECTION_C_PUBLICATIONS = 65;
const SECTION_C_ALREADY_HELD = 8;
/** The only publications whose sources give no address; any other without a url is a lost link. */
const NO_KNOWN_URL = ['annual-report-2022', 'collaborative-approach-to-counter-apathy'];

describe('library content', () => {
  it('loads all programmes, projects and publications', () => {
    expect(library.programmes.map((programme) => programme.id)).toEqual([
      'good-governance',
      'resilient-communities',
      'emerging-threats',
      'foreign-policy-regional-cooperation',
      'security-barometer',
      'gender-and-security',
    ]);
    expect(library.projects.map((project) => project.id).sort()).toEqual(['inclusiveness-security-sector', 'security-policy-decision-making']);
    expect(library.publications).toHaveLength(SUMMARISED.length + SECTION_C_PUBLICATIONS - SECTION_C_ALREADY_HELD);
  });

  it('keeps the summaries written before, of at least 120 words in each language, and invents none', () => {
    // A summary is written only where the portal has read the publication: the ones summarised before,
    // and the reports whose files the library holds (summarised from reading them).
    const summarised = library.publications.filter((publication) => publication.summary !== undefined).map((publication) => publication.id);
    const read = library.publications.filter((publication) => publication.files !== undefined).map((publication) => publication.id);
    for (const id of summarised) expect(SUMMARISED.includes(id) || read.includes(id), id).toBe(true);
    for (const id of SUMMARISED) expect(summarised, id).toContain(id);
    for (const id of SUMMARISED) {
      const summary = byId(id)?.summary;
      for (const lang of LANGS) expect(words(summary?.[lang] ?? ''), `${id}.${lang}`).toBeGreaterThanOrEqual(120);
    }
  });

  it('links every publication to its original, except the two whose sources give no address', () => {
    const withoutUrl = library.publications.filter((publication) => publication.url === undefined).map((publication) => publication.id);
    expect(withoutUrl.sort()).toEqual(NO_KNOWN_URL);
    for (const id of NO_KNOWN_URL) expect(byId(id)?.noKnownUrl, id).toBe(true);
  });

  it('has programme and project descriptions of at least 80 words in each language', () => {
    for (const item of [...library.programmes, ...library.projects]) {
      for (const lang of LANGS) expect(words(item.description[lang]), `${item.id}.${lang}`).toBeGreaterThanOrEqual(80);
    }
  });

  it('keeps cross-references consistent', () => {
    const programmeIds = new Set(library.programmes.map((programme) => programme.id));
    const publicationIds = new Set(library.publications.map((publication) => publication.id));
    for (const publication of library.publications) {
      if (publication.programme !== undefined) expect(programmeIds.has(publication.programme), publication.id).toBe(true);
      if (publication.project !== undefined) {
        const project = library.projects.find((candidate) => candidate.id === publication.project);
        expect(project?.publications, publication.id).toContain(publication.id);
      }
    }
    for (const project of library.projects) {
      expect(programmeIds.has(project.programme), project.id).toBe(true);
      for (const id of project.publications) expect(publicationIds.has(id), `${project.id} → ${id}`).toBe(true);
    }
  });

  it('records the December 2023 KSF report with its ISBN, author and programme, and links it to the representation page', () => {
    expect(byId('gender-integration-ksf')).toMatchObject({
      originalTitle: 'Gender Integration in the Kosovo Security Forces',
      date: '2023-12',
      isbn: '978-9951-842-12-9',
      authors: ['Adelina Hasani'],
      programme: 'gender-and-security',
      relatedPages: ['representation'],
    });
  });

  it('gives each edition of a report in two languages to one publication', () => {
    expect(byId('wbsb-2021-serbia-no-democracy')).toMatchObject({
      languages: ['en', 'sr'],
      title: { en: 'There is No Democracy in Serbia, nor is it Desirable', sr: 'Demokratije u Srbiji nema, a nije ni poželjna' },
      files: { en: 'c97f577a-7e76-4b5a-a100-d5b0c8bf44f8.pdf', sr: '50f3c50c-6174-4198-bae0-69ac0c3a4f29.pdf' },
      publishers: ['bcsp'],
    });
    expect(byId('wbsb-2021-albania-european-integration-regional-security')).toMatchObject({ languages: ['en', 'sq'], publishers: ['csdg'], date: '2022-03' });
  });

  it('links the first policy brief of the 2016 project to that project', () => {
    const brief = library.publications.find((publication) => publication.originalTitle === 'A Collaborative Approach to Counter Apathy');
    expect(brief).toMatchObject({ type: 'policy-brief', project: 'security-policy-decision-making', programme: 'good-governance' });
  });

  it('lists publications newest first, the undated ones last', () => {
    const dated = library.publications.filter((publication) => !isUndated(publication));
    const undated = library.publications.filter(isUndated);
    expect(undated.length).toBeGreaterThan(0);
    expect(library.publications.slice(-undated.length)).toEqual(undated);
    const dates = dated.map((publication) => publication.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});
