import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../../scripts/library/load-library.ts';

const library = loadLibrary('data');
const LANGS = ['sq', 'en', 'sr'] as const;

/** Counted here independently of src/lib/library/words.ts: tokens between spaces that hold a letter or digit. */
function words(text: string): number {
  return text
    .trim()
    .split(/\s+/u)
    .filter((token) => /[0-9A-Za-zÀ-ž]/u.test(token)).length;
}

// The 18 publications that the Annual Report 2022 lists with links, plus the annual report itself, the
// December 2023 KSF report, the 2023 Kosovo Police study it cites, and the first policy brief of the 2016 project.
const ANNUAL_REPORT_LIST_COUNT = 18;
const EXPECTED_PUBLICATIONS = ANNUAL_REPORT_LIST_COUNT + 4;

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
    expect(library.publications).toHaveLength(EXPECTED_PUBLICATIONS);
  });

  it('lists the 2022 publications of the annual report, each with its qkss.org link', () => {
    const listed = library.publications.filter((publication) => publication.url?.startsWith('https://qkss.org/en/publikimet/'));
    expect(listed).toHaveLength(ANNUAL_REPORT_LIST_COUNT);
    for (const publication of listed) expect(publication.date, publication.id).toBe('2022');
  });

  it('has summaries of at least 120 words in each language', () => {
    for (const publication of library.publications) {
      for (const lang of LANGS) expect(words(publication.summary[lang]), `${publication.id}.${lang}`).toBeGreaterThanOrEqual(120);
    }
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

  it('records the December 2023 KSF report with its ISBN, author and programme', () => {
    const report = library.publications.find((publication) => publication.id === 'gender-integration-ksf');
    expect(report).toMatchObject({
      originalTitle: 'Gender Integration in the Kosovo Security Forces',
      date: '2023-12',
      isbn: '978-9951-842-12-9',
      authors: ['Adelina Hasani'],
      programme: 'gender-and-security',
    });
  });

  it('links the first policy brief of the 2016 project to that project', () => {
    const brief = library.publications.find((publication) => publication.originalTitle === 'A Collaborative Approach to Counter Apathy');
    expect(brief).toMatchObject({ type: 'policy-brief', project: 'security-policy-decision-making', programme: 'good-governance' });
  });

  it('lists publications newest first', () => {
    const dates = library.publications.map((publication) => publication.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});
