/**
 * Loads data/representation/: metadata.yaml plus every *.csv table, validated row by row and across
 * rows (see src/lib/representation/validate.ts), then the published figures of figures/ (see
 * scripts/representation/load-figures.ts), which are checked against the rank tables. Every problem is
 * a DataError naming file, row or line, column and value.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatIssue } from '../../src/lib/representation/issues.ts';
import { RepresentationMetadata } from '../../src/lib/representation/schema.ts';
import type { RepresentationRow } from '../../src/lib/representation/schema.ts';
import type { FigureVocabulary, PublishedFigure } from '../../src/lib/representation/figure-schema.ts';
import { validateRepresentation } from '../../src/lib/representation/validate.ts';
import { loadFigures } from '../representation/load-figures.ts';
import { readCsv } from './csv.ts';
import { parseSource, readYamlSourceSync, sourceError } from '../lib/yaml-source.ts';
import { loadPublications } from './load-publications.ts';
import { DataError } from '../lib/data-error.ts';

export interface RepresentationData {
  metadata: RepresentationMetadata;
  /** Rows of all tables, in file order. */
  rows: RepresentationRow[];
  /** The institutions, groups, levels and conflict groups the figures use. */
  figureVocabulary: FigureVocabulary;
  /** Published figures (figures/figures.csv), each with its source, in file order. */
  figures: PublishedFigure[];
}

export interface RepresentationOptions {
  /** Ids of the library's publications; defaults to loading `<dir>/../publications`. */
  publicationIds?: ReadonlySet<string>;
}

interface TableContext {
  metadata: RepresentationMetadata;
  publicationIds: ReadonlySet<string>;
}

/**
 * Reads and validates metadata.yaml; every source it cites must be in the library. A problem is a
 * DataError naming the line, field and value.
 */
export function loadRepresentationMetadata(file: string, publicationIds: ReadonlySet<string>): RepresentationMetadata {
  const source = readYamlSourceSync(file);
  const metadata = parseSource(source, RepresentationMetadata);
  const unknown = metadata.sources.findIndex((note) => !publicationIds.has(note.source));
  if (unknown >= 0) throw sourceError(source, ['sources', unknown, 'source'], 'unknown publication id: no such file in data/publications/');
  return metadata;
}

/** Reads and validates one representation CSV against already loaded metadata. */
export function loadRepresentationCsv(file: string, context: TableContext): RepresentationRow[] {
  const table = readCsv(file);
  const { rows, issues } = validateRepresentation({ file, header: table.header, records: table.records, ...context });
  if (issues.length > 0) throw new DataError({ file }, `${issues.length} problem(s)\n${issues.map(formatIssue).join('\n')}`);
  return rows;
}

function csvTables(dir: string): string[] {
  try {
    return readdirSync(dir).filter((name) => name.endsWith('.csv')).sort();
  } catch {
    throw new DataError({ file: dir }, 'the folder of representation tables is missing or cannot be read');
  }
}

/** Reads metadata.yaml, every CSV table in `dir` and the figures in `dir`/figures/. */
export function loadRepresentation(dir: string, options: RepresentationOptions = {}): RepresentationData {
  const publicationIds = options.publicationIds ?? new Set(loadPublications(join(dir, '..', 'publications')).map((publication) => publication.id));
  const metadata = loadRepresentationMetadata(join(dir, 'metadata.yaml'), publicationIds);
  const tables = csvTables(dir);
  if (tables.length === 0) throw new DataError({ file: dir }, 'no .csv table found');
  const rows = tables.flatMap((name) => loadRepresentationCsv(join(dir, name), { metadata, publicationIds }));
  const { vocabulary, figures } = loadFigures(dir, { metadata, rankRows: rows, publicationIds });
  return { metadata, rows, figureVocabulary: vocabulary, figures };
}
