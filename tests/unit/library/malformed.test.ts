import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { DataError } from '../../../scripts/lib/data-error.ts';
import { loadPublications } from '../../../scripts/library/load-publications.ts';
import { loadProgrammes } from '../../../scripts/library/load-programmes.ts';

/** A copy of the real data folder, so that one entry can be broken at a time. */
let data: string;
const GOOD = 'gender-integration-ksf';

beforeEach(() => {
  data = mkdtempSync(join(tmpdir(), 'library-'));
  cpSync('data/publications', join(data, 'publications'), { recursive: true });
  cpSync('data/programmes', join(data, 'programmes'), { recursive: true });
});
afterEach(() => {
  rmSync(data, { recursive: true, force: true });
});

function editPublication(edit: (entry: Record<string, unknown>) => void): string {
  const file = join(data, 'publications', `${GOOD}.yaml`);
  const entry = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  edit(entry);
  writeFileSync(file, stringify(entry));
  return file;
}

function rejection(load: () => unknown): string {
  try {
    load();
  } catch (error) {
    // The one input-error type of every pipeline, as the survey's codebook and responses throw it.
    if (!(error instanceof DataError)) throw new Error(`not a DataError: ${String(error)}`, { cause: error });
    return error.message;
  }
  throw new Error('the malformed entry was accepted');
}

describe('malformed library entries are rejected naming file, entry, field and value', () => {
  it('the unchanged copy loads', () => {
    expect(loadPublications(join(data, 'publications')).length).toBeGreaterThan(0);
  });

  it('a bad date', () => {
    const file = editPublication((entry) => {
      entry.date = '2023-13';
    });
    expect(rejection(() => loadPublications(join(data, 'publications')))).toContain(
      `${file}: entry ${GOOD}, field "date", value "2023-13": must be a date written YYYY, YYYY-MM or YYYY-MM-DD`,
    );
  });

  it('an unknown programme', () => {
    const file = editPublication((entry) => {
      entry.programme = 'space-security';
    });
    expect(rejection(() => loadPublications(join(data, 'publications')))).toContain(`${file}: entry ${GOOD}, field "programme", value "space-security": unknown programme id`);
  });

  it('a missing Serbian title', () => {
    const file = editPublication((entry) => {
      delete (entry.title as Record<string, unknown>).sr;
    });
    expect(rejection(() => loadPublications(join(data, 'publications')))).toContain(`${file}: entry ${GOOD}, field "title.sr", value (missing)`);
  });

  it('a summary that is too short in one language', () => {
    const file = editPublication((entry) => {
      (entry.summary as Record<string, string>).sq = 'Shumë e shkurtër.';
    });
    expect(rejection(() => loadPublications(join(data, 'publications')))).toContain(`${file}: entry ${GOOD}, field "summary.sq", value "Shumë e shkurtër.": needs at least 120 words, has 3`);
  });

  it('a publication that lost its link to the original', () => {
    const file = editPublication((entry) => {
      delete entry.url;
    });
    expect(rejection(() => loadPublications(join(data, 'publications')))).toContain(
      `${file}: entry ${GOOD}, field "url", value (missing): give the link to the original, or set noKnownUrl: true when the sources give none`,
    );
  });

  it('an empty summary, which would render as an empty section', () => {
    const file = editPublication((entry) => {
      entry.summary = { sq: '', en: '', sr: '' };
    });
    expect(rejection(() => loadPublications(join(data, 'publications')))).toContain(`${file}: entry ${GOOD}, field "summary.en", value "": needs at least 120 words, has 0`);
  });

  it('no summary at all, which is allowed', () => {
    editPublication((entry) => {
      delete entry.summary;
    });
    expect(loadPublications(join(data, 'publications')).find((publication) => publication.id === GOOD)?.summary).toBeUndefined();
  });

  it('an original title that is not the title in the original language', () => {
    const file = editPublication((entry) => {
      entry.originalTitle = 'Gender Integration in the KSF';
    });
    expect(rejection(() => loadPublications(join(data, 'publications')))).toContain(`${file}: entry ${GOOD}, field "originalTitle", value "Gender Integration in the KSF": must equal title.en`);
  });

  it('a report file for a language the publication did not appear in, and a malformed file name', () => {
    const file = editPublication((entry) => {
      entry.files = { sr: '11afe79d-ebf0-4ffd-a075-b9392da3a59e.pdf' };
    });
    expect(rejection(() => loadPublications(join(data, 'publications')))).toContain(`${file}: entry ${GOOD}, field "files.sr", value "11afe79d-ebf0-4ffd-a075-b9392da3a59e.pdf": the publication has no sr edition`);
    editPublication((entry) => {
      entry.files = { en: 'report.pdf' };
    });
    expect(rejection(() => loadPublications(join(data, 'publications')))).toContain(`field "files.en", value "report.pdf": must be a report file name`);
  });

  it('an unknown publisher', () => {
    const file = editPublication((entry) => {
      entry.publishers = ['kcss', 'nobody'];
    });
    expect(rejection(() => loadPublications(join(data, 'publications')))).toContain(`${file}: entry ${GOOD}, field "publishers.1", value "nobody"`);
  });

  it('an unknown title in the original language', () => {
    const file = editPublication((entry) => {
      entry.titleNotKnownIn = ['en'];
    });
    expect(rejection(() => loadPublications(join(data, 'publications')))).toContain(`${file}: entry ${GOOD}, field "titleNotKnownIn.0", value "en": the title in the original's language must be known`);
  });

  it('an ISBN with a wrong check digit', () => {
    const file = editPublication((entry) => {
      entry.isbn = '978-9951-842-12-8';
    });
    expect(rejection(() => loadPublications(join(data, 'publications')))).toContain(`${file}: entry ${GOOD}, field "isbn", value "978-9951-842-12-8": must be a valid ISBN`);
  });

  it('an unknown field', () => {
    const file = editPublication((entry) => {
      entry.publisher = 'KCSS';
    });
    expect(rejection(() => loadPublications(join(data, 'publications')))).toContain(`${file}: entry ${GOOD}, field "publisher", value "KCSS": unknown field`);
  });

  it('a file whose id differs from its name', () => {
    const file = editPublication((entry) => {
      entry.id = 'another-id';
    });
    expect(rejection(() => loadPublications(join(data, 'publications')))).toContain(`${file}: entry ${GOOD}, field "id", value "another-id": must equal the file name`);
  });

  it('a project listing a publication that has no file', () => {
    rmSync(join(data, 'publications', 'collaborative-approach-to-counter-apathy.yaml'));
    expect(rejection(() => loadPublications(join(data, 'publications')))).toContain(
      `${join(data, 'programmes', 'projects.yaml')}: entry security-policy-decision-making, field "publications", value "collaborative-approach-to-counter-apathy": no file`,
    );
  });

  it('a project of an unknown programme', () => {
    const file = join(data, 'programmes', 'projects.yaml');
    const projects = parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];
    const first = projects[0];
    if (!first) throw new Error('projects.yaml is empty');
    first.programme = 'nowhere';
    writeFileSync(file, stringify(projects));
    expect(rejection(() => loadProgrammes(join(data, 'programmes')))).toContain(`${file}: entry 1 (id "security-policy-decision-making"), field "programme", value "nowhere": unknown programme id`);
  });
});

describe('YAML syntax errors', () => {
  it('name the file and line', () => {
    const file = join(data, 'publications', `${GOOD}.yaml`);
    writeFileSync(file, 'id: x\ntitle: [unclosed\n');
    expect(rejection(() => loadPublications(join(data, 'publications')))).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}: line \\d+: YAML syntax error`, 'u'));
  });
});
