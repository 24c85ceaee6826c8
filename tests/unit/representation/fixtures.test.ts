import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../../scripts/lib/data-error.ts';
import { loadPublications } from '../../../scripts/library/load-publications.ts';
import { loadRepresentationCsv, loadRepresentationMetadata } from '../../../scripts/library/load-representation.ts';

const FIXTURES = 'tests/fixtures/representation';
const publicationIds = new Set(loadPublications('data/publications').map((publication) => publication.id));
const metadata = loadRepresentationMetadata('data/representation/metadata.yaml', publicationIds);
const context = { metadata, publicationIds };

function rejection(name: string): string {
  const file = join(FIXTURES, name);
  try {
    loadRepresentationCsv(file, context);
  } catch (error) {
    // The one input-error type of every pipeline, as the survey's codebook and responses throw it.
    if (!(error instanceof DataError)) throw new Error(`not a DataError: ${String(error)}`, { cause: error });
    return error.message;
  }
  throw new Error(`${file} was accepted`);
}

describe('bad representation CSVs are rejected naming file, row, column and value', () => {
  it('share 120', () => {
    const message = rejection('share-over-100.csv');
    // The other row's breakdown is not summed: its sum is off only because of the reported error.
    expect(message).toContain('1 problem(s)');
    expect(message).toContain(`${join(FIXTURES, 'share-over-100.csv')}: row 1 (line 2), column "share", value "120": must be at most 100`);
  });

  it('a group whose shares sum to 90', () => {
    const message = rejection('group-sum-90.csv');
    // colonel: women 3 + men 87, rows 3 and 4 of the fixture
    const sum = 3 + 87;
    expect(message).toContain(`${join(FIXTURES, 'group-sum-90.csv')}: row 3 (line 4), column "share", value "${sum}"`);
    expect(message).toContain('(rows 3, 4)');
    expect(message).not.toContain('row 1 ');
  });

  it('an unknown source publication', () => {
    const message = rejection('unknown-source.csv');
    expect(message).toContain('1 problem(s)');
    expect(message).toContain(`${join(FIXTURES, 'unknown-source.csv')}: row 2 (line 3), column "source", value "annual-report-2099": unknown source`);
  });

  it('a non-numeric share', () => {
    const message = rejection('non-numeric-share.csv');
    expect(message).toContain('1 problem(s)');
    expect(message).toContain(`${join(FIXTURES, 'non-numeric-share.csv')}: row 1 (line 2), column "share", value "four": must be a number`);
  });

  it('accepts a valid file saved with a byte-order mark, CRLF line ends and quoted fields', () => {
    const rows = loadRepresentationCsv(join(FIXTURES, 'valid-bom-crlf.csv'), context);
    expect(rows.map((row) => [row.institution, row.rank, row.group, row.share, row.figure])).toEqual([
      ['ksf', 'lieutenant', 'women', 11, 'Figure 1'],
      ['ksf', 'lieutenant', 'men', 89, 'Figure 1'],
    ]);
  });
});

describe('representation metadata', () => {
  it('rejects a source note citing a publication that is not in the library', () => {
    const dir = mkdtempSync(join(tmpdir(), 'representation-'));
    const file = join(dir, 'metadata.yaml');
    try {
      const edited = readFileSync('data/representation/metadata.yaml', 'utf8').replace('- source: gender-integration-ksf', '- source: missing-report');
      writeFileSync(file, edited);
      const line = edited.split('\n').findIndex((text) => text.includes('- source: missing-report')) + 1;
      expect(() => loadRepresentationMetadata(file, publicationIds)).toThrow(`${file}: line ${line}, column "sources[0].source", value "missing-report": unknown publication id`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
