/**
 * Every YAML input of the pipeline (codebook, representation metadata, publications) is read one way:
 * strict UTF-8, aliases capped. A file saved as Latin-1 or an alias bomb stops the run with a DataError
 * naming the file (and the line), never a mangled "ë" in the outputs or a bare stack trace.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../../scripts/data.ts';
import { displayPath } from '../../../scripts/lib/display-path.ts';
import { loadPublications } from '../../../scripts/library/load-publications.ts';
import { loadRepresentationMetadata } from '../../../scripts/library/load-representation.ts';
import { sourcePublication } from '../../../scripts/representation/source-publications.ts';
import { loadCodebook } from '../../../scripts/survey/load-codebook.ts';
import { copyFixture, expectDataError, fileHashes, removeScratchDirs, scratchDir } from './helpers.ts';

afterAll(removeScratchDirs);

/** Nine aliases of nine aliases of …: a few lines that would expand to 9^6 values. */
const ALIAS_BOMB = `
bomb_a: &a [x, x, x, x, x, x, x, x, x]
bomb_b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
bomb_c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
bomb_d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
bomb_e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
bomb_f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
`;

/** Rewrites a UTF-8 file in Latin-1 (as an editor set to ISO-8859-1 would save it). */
function saveAsLatin1(file: string): void {
  writeFileSync(file, Buffer.from(readFileSync(file, 'utf8'), 'latin1'));
}

/** The 1-based line of the first occurrence of `text` in a file. */
function lineOf(file: string, text: string): number {
  return readFileSync(file, 'utf8').split('\n').findIndex((line) => line.includes(text)) + 1;
}

/** A scratch copy of data/publications, data/programmes and data/representation. */
function libraryCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'yaml-inputs-'));
  for (const folder of ['publications', 'programmes', 'representation']) cpSync(path.join('data', folder), path.join(dir, folder), { recursive: true });
  return dir;
}

const publicationIds = new Set(loadPublications('data/publications').map((publication) => publication.id));

describe('YAML that is not valid UTF-8', () => {
  it('a codebook question file: file and line', async () => {
    const { dataset } = await copyFixture();
    const file = path.join(dataset, 'codebook', 'questions', '02-trust.yaml');
    const line = lineOf(file, 'në');
    saveAsLatin1(file);
    await expectDataError(() => loadCodebook(dataset), { file: displayPath(file), line, reason: 'not valid UTF-8' });
  });

  it('the representation metadata: file and line', async () => {
    const dir = libraryCopy();
    try {
      const file = path.join(dir, 'representation', 'metadata.yaml');
      const line = lineOf(file, 'ë');
      saveAsLatin1(file);
      await expectDataError(() => loadRepresentationMetadata(file, publicationIds), { file, line, reason: 'not valid UTF-8' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a publication: file and line', async () => {
    const dir = libraryCopy();
    try {
      const file = path.join(dir, 'publications', 'gender-integration-ksf.yaml');
      const line = lineOf(file, 'ë');
      saveAsLatin1(file);
      await expectDataError(() => loadPublications(path.join(dir, 'publications')), { file, line, reason: 'not valid UTF-8' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a YAML alias bomb', () => {
  it('in the codebook stops the pipeline with a DataError naming the file, and the output stays as it was', async () => {
    const { surveys, dataset } = await copyFixture();
    const outDir = path.join(await scratchDir(), 'data');
    await runPipeline({ dataDir: surveys, outDir });
    const before = await fileHashes(outDir);
    const file = path.join(dataset, 'codebook', 'scales.yaml');
    await writeFile(file, `${await readFile(file, 'utf8')}${ALIAS_BOMB}`);
    const error = await expectDataError(() => runPipeline({ dataDir: surveys, outDir }), { file: displayPath(file), reason: 'YAML aliases' });
    expect(error.message).toMatch(/line \d+/);
    expect(await fileHashes(outDir)).toEqual(before);
  });

  it('in a publication is a DataError naming the file', async () => {
    const dir = libraryCopy();
    try {
      const file = path.join(dir, 'publications', 'gender-integration-ksf.yaml');
      writeFileSync(file, `${readFileSync(file, 'utf8')}${ALIAS_BOMB}`);
      await expectDataError(() => loadPublications(path.join(dir, 'publications')), { file, reason: 'YAML aliases' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the publications the representation data cite', () => {
  it('a bad field names line, field and value', async () => {
    const dir = libraryCopy();
    try {
      const file = path.join(dir, 'publications', 'gender-integration-ksf.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace("date: '2023-12'", "date: 'December 2023'"));
      await expectDataError(() => sourcePublication(path.join(dir, 'publications'), 'gender-integration-ksf'), {
        file, line: lineOf(file, 'date:'), column: 'date', value: 'December 2023',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
