/**
 * The library against the research notes it was built from, when they are at hand (../shared/, next to the
 * project; absent in CI, where these tests are skipped): every publication of section C is in the library
 * under the address the notes give, and every WBSB report file is the edition of exactly one publication,
 * in the language the file index gives.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../../scripts/library/load-library.ts';

const NOTES = '../shared/research/published-figures.md';
const REPORT_INDEX = '../shared/publications/wbsb-reports/INDEX.md';
const publications = loadLibrary('data').publications;
/** describe.skipIf still runs the block to collect its tests: read nothing when the notes are absent. */
const readText = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');

/** Rows of section C that are not publications: a conference (C66), a programme page and a project page. */
const NOT_PUBLICATIONS = ['C66', 'C67', 'C68'];

/** The addresses a publication is known by; spaces encoded as the YAML must write them. */
const addresses = (publication: (typeof publications)[number]) => [publication.url, ...(publication.otherLinks ?? []).map((link) => link.url)].filter((url) => url !== undefined);
const normalise = (url: string) => url.replaceAll(' ', '%20');

describe.skipIf(!existsSync(NOTES))('section C of the research notes', () => {
  const rows = readText(NOTES)
    .split('\n')
    .filter((line) => /^\| C\d\d \|/u.test(line))
    .map((line) => line.split(' | '));

  it('has 68 rows, each with an address', () => {
    expect(rows).toHaveLength(68);
  });

  it('finds every publication of section C in the library under the address of its row', () => {
    const missing = rows
      .filter(([cell]) => !NOT_PUBLICATIONS.includes(cell?.replace('| ', '') ?? ''))
      .map((cells) => ({ row: cells[0], url: normalise((cells[6] ?? '').replace(/^EN /u, '').trim()) }))
      .filter(({ url }) => !publications.some((publication) => addresses(publication).includes(url)));
    expect(missing).toEqual([]);
  });
});

describe.skipIf(!existsSync(REPORT_INDEX))('the WBSB report files', () => {
  const indexed = readText(REPORT_INDEX)
    .split('\n')
    .flatMap((line) => {
      const match = /^\| ([0-9a-f-]+\.pdf) \| (sq|en|sr) \|/u.exec(line);
      return match ? [{ file: match[1] ?? '', lang: match[2] ?? '' }] : [];
    });

  it('are 45, each the edition (or a second copy) of exactly one publication, in its language', () => {
    expect(indexed).toHaveLength(45);
    for (const { file, lang } of indexed) {
      const editions = publications.filter((publication) => Object.values(publication.files ?? {}).includes(file) || (publication.duplicateFiles ?? []).includes(file));
      expect(editions.map((publication) => publication.id), file).toHaveLength(1);
      const [holder] = editions;
      const inFiles = Object.entries(holder?.files ?? {}).find(([, edition]) => edition === file);
      if (inFiles) expect(inFiles[0], file).toBe(lang);
    }
  });
});
