/**
 * The publication files folder matched against the library: found and missing editions, files left
 * alone, and every case that must stop the build (a PDF no entry names, a named file that is not a PDF,
 * a name or a link that leads outside the folder). The real reports are checked when they are there.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLibrary } from '../../../scripts/library/load-library.ts';
import { DEFAULT_PUBLICATION_FILES, describePublicationFiles, publicationFilesDir, scanPublicationFiles } from '../../../scripts/library/publication-files.ts';
import type { Publication } from '../../../src/lib/library/schema.ts';

const publications = loadLibrary('data').publications;
const withFiles = publications.filter((publication) => Object.keys(publication.files ?? {}).length > 0);
const named = withFiles.flatMap((publication) => Object.entries(publication.files ?? {}).map(([lang, file]) => ({ id: publication.id, lang, file })));
const work = mkdtempSync(join(tmpdir(), 'publication-files-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let folders = 0;
/** A fresh folder holding the given files (name → content). */
function folder(files: Record<string, string>): string {
  const dir = join(work, `folder-${(folders += 1)}`);
  mkdirSync(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const first = named[0];
const second = named[1];
if (!first || !second) throw new Error('the library names fewer than two report files');

describe('the publication files folder', () => {
  it('is PUBLICATION_FILES, relative to the project, or publication-files/ in it', () => {
    expect(publicationFilesDir('/project', {})).toBe(resolve('/project', DEFAULT_PUBLICATION_FILES));
    expect(publicationFilesDir('/project', { PUBLICATION_FILES: '../shared/reports' })).toBe('/shared/reports');
    expect(publicationFilesDir('/project', { PUBLICATION_FILES: '/srv/files' })).toBe('/srv/files');
  });

  it('may be absent: every named edition is then missing, and the build says there is no folder', () => {
    const files = scanPublicationFiles(join(work, 'absent'), publications);
    expect(files.present).toBe(false);
    expect(files.found).toEqual([]);
    expect(files.missing).toHaveLength(named.length);
    expect(describePublicationFiles(files)).toEqual([expect.stringContaining(`no folder ${join(work, 'absent')}`)]);
  });

  it('finds the named PDFs, lists the missing ones by entry and leaves other files alone', () => {
    const dir = folder({ [first.file]: '%PDF-1.4 …', 'INDEX.md': '# index' });
    const files = scanPublicationFiles(dir, publications);
    expect(files.found.map((found) => [found.publication.id, found.lang, found.file, found.path])).toEqual([[first.id, first.lang, first.file, join(dir, first.file)]]);
    expect(files.missing).toHaveLength(named.length - 1);
    expect(files.missing).toContainEqual(second);
    expect(files.ignored).toEqual(['INDEX.md']);
    const lines = describePublicationFiles(files);
    expect(lines[0]).toBe(`publication files: 1 of ${named.length} edition files found in ${dir}`);
    expect(lines).toContain(`  - ${second.file} (entry ${second.id}, files.${second.lang})`);
  });

  it('stops on a PDF that no entry names', () => {
    const dir = folder({ 'stray-report.pdf': '%PDF-1.4' });
    expect(() => scanPublicationFiles(dir, publications)).toThrow(`${join(dir, 'stray-report.pdf')}: no entry of the library names this file`);
  });

  it('stops on a named file that is not a PDF, naming the entry', () => {
    const dir = folder({ [first.file]: '<html>not found</html>' });
    expect(() => scanPublicationFiles(dir, publications)).toThrow(`${join(dir, first.file)}: is not a PDF (it does not start with "%PDF-") (entry ${first.id}, files.${first.lang})`);
  });

  it('stops on a named file that is a link to outside the folder', () => {
    const outside = join(work, 'outside.pdf');
    writeFileSync(outside, '%PDF-1.4');
    const dir = folder({});
    symlinkSync(outside, join(dir, first.file));
    expect(() => scanPublicationFiles(dir, publications)).toThrow(new RegExp(`${first.file}: is a link to .*outside\\.pdf, outside the publication files folder \\(entry ${first.id}`, 'u'));
  });

  it('stops on an entry whose name leads outside the folder, even if the schema were bypassed', () => {
    const template = withFiles[0] as Publication;
    const escaping = { ...template, id: 'escaping', files: { en: '../outside.pdf' } } as Publication;
    expect(() => scanPublicationFiles(folder({}), [escaping])).toThrow('the name leads outside the publication files folder (entry escaping, files.en)');
  });

  it('stops on a file two entries name', () => {
    const template = withFiles[0] as Publication;
    const twin = { ...template, id: 'twin' };
    expect(() => scanPublicationFiles(join(work, 'absent'), [template, twin])).toThrow(/named more than once/u);
  });
});

const REPORTS = resolve('..', 'shared', 'publications', 'wbsb-reports');
describe.skipIf(!existsSync(REPORTS))('the WBSB reports in ../shared/publications/wbsb-reports', () => {
  it('are each named by an entry, and every named edition is there', () => {
    const files = scanPublicationFiles(REPORTS, publications);
    expect(files.missing).toEqual([]);
    expect(files.found).toHaveLength(named.length);
    expect(files.ignored).toEqual(['INDEX.md']);
  });
});
