/**
 * Bad figures files stop the pipeline with a DataError naming file, row, column and value; the
 * fixtures in tests/fixtures/representation/figures/ each carry one mistake. The rank table, its
 * metadata and the publication ids are the real ones, so a figure at a KSF rank is checked against it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../../scripts/lib/data-error.ts';
import { loadRepresentationCsv, loadRepresentationMetadata } from '../../../scripts/library/load-representation.ts';
import { loadFigureVocabulary, loadFiguresCsv } from '../../../scripts/representation/load-figures.ts';
import { publicationIds as libraryIds } from '../../../scripts/representation/source-publications.ts';

const FIXTURES = 'tests/fixtures/representation/figures';
const publicationIds = libraryIds('data/publications');
const metadata = loadRepresentationMetadata('data/representation/metadata.yaml', publicationIds);
const rankRows = loadRepresentationCsv('data/representation/ksf-gender-by-rank.csv', { metadata, publicationIds });
const vocabulary = loadFigureVocabulary(join(FIXTURES, 'vocabulary.yaml'), metadata);
const context = { metadata, rankRows, publicationIds };

function rejection(name: string): DataError {
  const file = join(FIXTURES, name);
  try {
    loadFiguresCsv(file, vocabulary, context);
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error(`${file} was accepted`);
}

describe('bad figures files are rejected naming file, row, column and value', () => {
  it('an institution that is not in the vocabulary', () => {
    const error = rejection('unknown-institution.csv');
    expect({ file: error.file, row: error.row, column: error.column, value: error.value }).toEqual({ file: join(FIXTURES, 'unknown-institution.csv'), row: 1, column: 'institution', value: 'kosovo-army' });
    expect(error.message).toContain('unknown institution; vocabulary.yaml lists kp, ksf');
  });

  it('a qualifier written into the number column', () => {
    const error = rejection('qualifier-in-value.csv');
    expect([error.row, error.column, error.value]).toEqual([1, 'value', 'about 16']);
    expect(error.message).toContain('put the word before it ("about", "over", …) in the qualifier column');
  });

  it('a percent sign in the number column', () => {
    const error = rejection('percent-sign-in-value.csv');
    expect([error.row, error.column, error.value]).toEqual([1, 'value', '16%']);
    expect(error.message).toContain('without "%"');
  });

  it('a figure without a source', () => {
    const error = rejection('missing-source-url.csv');
    expect([error.row, error.column, error.value]).toEqual([2, 'source_url', '']);
    expect(error.message).toContain('missing source');
  });

  it('a conflict group left with one figure (the other side collapsed)', () => {
    const error = rejection('lone-conflict.csv');
    expect([error.row, error.column, error.value]).toEqual([1, 'conflict_group', 'kp-women-share']);
    expect(error.message).toContain('a conflict needs two figures or more');
  });

  it('a conflict group whose figures all give the same value', () => {
    expect(rejection('conflict-without-disagreement.csv').message).toContain('that is agreement, not a conflict');
  });

  it('a figure at a rank that disagrees with the rank table', () => {
    const error = rejection('disagrees-with-rank-table.csv');
    expect([error.row, error.column, error.value]).toEqual([3, 'value', '12']);
    expect(error.message).toContain('the rank table, which gives 11%');
  });

  it('a year given with the status not-stated', () => {
    const error = rejection('year-with-not-stated.csv');
    expect([error.row, error.column, error.value]).toEqual([2, 'year', '2019']);
  });

  it('an unknown flag', () => {
    const error = rejection('unknown-flag.csv');
    expect([error.row, error.column, error.value]).toEqual([2, 'flags', 'uncertain;doubtful']);
  });

  it('figure numbers that skip one', () => {
    const error = rejection('numbering-gap.csv');
    expect([error.row, error.column, error.value]).toEqual([1, 'figure_id', 'B01-2']);
    expect(error.message).toContain('expected B01-1');
  });

  it('names the file line and lists every further problem', () => {
    expect(rejection('qualifier-in-value.csv').message).toMatch(/^tests\/fixtures\/representation\/figures\/qualifier-in-value\.csv: row 1, column "value", value "about 16": .*\(file line 2\)/u);
  });
});

describe('a valid figures file', () => {
  it('keeps the qualifier beside the number, the decimals as written and the publication as source', () => {
    const figures = loadFiguresCsv(join(FIXTURES, 'valid.csv'), vocabulary, context);
    expect(figures.map((f) => [f.figureId, f.value, f.qualifier, f.decimals, f.year, f.sourceUrl ?? f.publication])).toEqual([
      ['B01-1', 16, 'about', 0, 2020, 'https://example.org/report'],
      ['B02-1', 11.1, undefined, 2, undefined, 'https://example.org/news'],
      ['B03-1', 11, undefined, 0, 2023, 'gender-integration-ksf'],
      ['B03-2', 89, undefined, 0, 2023, 'gender-integration-ksf'],
    ]);
    expect(figures[1]?.flags).toEqual(['uncertain']);
  });
});

describe('the figures vocabulary', () => {
  it('must name an institution as metadata.yaml does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'figures-vocabulary-'));
    const file = join(dir, 'vocabulary.yaml');
    try {
      writeFileSync(file, readFileSync(join(FIXTURES, 'vocabulary.yaml'), 'utf8').replace('en: Kosovo Security Force', 'en: Kosovo Security Forces'));
      expect(() => loadFigureVocabulary(file, metadata)).toThrow('differs from the name of "ksf" in metadata.yaml');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects a field it does not know', () => {
    const dir = mkdtempSync(join(tmpdir(), 'figures-vocabulary-'));
    const file = join(dir, 'vocabulary.yaml');
    try {
      writeFileSync(file, readFileSync(join(FIXTURES, 'vocabulary.yaml'), 'utf8').replace('    chart: true', '    chart: true\n    colour: red'));
      expect(() => loadFigureVocabulary(file, metadata)).toThrow('unknown field');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
