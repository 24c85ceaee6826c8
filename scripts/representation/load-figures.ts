/**
 * Loads data/representation/figures/: vocabulary.yaml and figures.csv, validated against each other,
 * the rank table's metadata and rows, and the publication library (src/lib/representation/
 * figure-validate.ts). A problem stops the pipeline with a DataError naming file, row, column and
 * value of the first problem, and listing the others after it, so one run shows everything to fix.
 */
import path from 'node:path';
import { FigureVocabulary, type PublishedFigure } from '../../src/lib/representation/figure-schema.ts';
import { validateFigures } from '../../src/lib/representation/figure-validate.ts';
import { formatIssue, type RepresentationIssue } from '../../src/lib/representation/issues.ts';
import type { RepresentationMetadata, RepresentationRow } from '../../src/lib/representation/schema.ts';
import { DataError } from '../lib/data-error.ts';
import { displayPath } from '../lib/display-path.ts';
import { readCsv } from '../library/csv.ts';
import { entryIssuesFromZod, formatEntryIssue } from '../library/entry-issues.ts';
import { readYaml } from '../library/yaml-file.ts';

/** Folder of the figures, inside data/representation/. */
export const FIGURES_DIR = 'figures';
export const FIGURES_FILE = 'figures.csv';
export const VOCABULARY_FILE = 'vocabulary.yaml';

export interface FiguresData {
  vocabulary: FigureVocabulary;
  figures: PublishedFigure[];
}

export interface FiguresContext {
  metadata: RepresentationMetadata;
  rankRows: readonly RepresentationRow[];
  publicationIds: ReadonlySet<string>;
}

/** Reads and validates vocabulary.yaml; also checks that an institution it shares with metadata.yaml has the same name. */
export function loadFigureVocabulary(file: string, metadata: RepresentationMetadata): FigureVocabulary {
  const shown = displayPath(file);
  const input = readYaml(file);
  const result = FigureVocabulary.safeParse(input);
  if (!result.success) {
    const [first, ...rest] = entryIssuesFromZod(shown, 'vocabulary', input, result.error);
    throw new DataError({ file: shown, column: first?.field ?? '', value: first?.value ?? '' }, [first?.message ?? 'invalid vocabulary', ...rest.map(formatEntryIssue)].join('\n'));
  }
  for (const [index, institution] of result.data.institutions.entries()) {
    const known = metadata.institutions.find((candidate) => candidate.id === institution.id);
    if (known && JSON.stringify(known.name) !== JSON.stringify(institution.name)) {
      throw new DataError({ file: shown, column: `institutions[${index}].name`, value: institution.name.en }, `differs from the name of "${institution.id}" in metadata.yaml: the two files must name an institution alike`);
    }
  }
  return result.data;
}

/** The DataError of a list of issues: the first one located, the others listed under it. */
export function figuresError(issues: readonly RepresentationIssue[]): DataError {
  const [first, ...rest] = issues;
  if (!first) return new DataError({ file: 'figures' }, 'no problem');
  const line = first.line === undefined ? '' : ` (file line ${first.line})`;
  const more = rest.length > 0 ? `\n${rest.length} more problem(s):\n${rest.map(formatIssue).join('\n')}` : '';
  return new DataError({ file: first.file, ...(first.row > 0 ? { row: first.row } : {}), column: first.column, value: first.value }, `${first.message}${line}${more}`);
}

/** Reads and validates one figures CSV against an already loaded vocabulary. */
export function loadFiguresCsv(file: string, vocabulary: FigureVocabulary, context: FiguresContext): PublishedFigure[] {
  const table = readCsv(file);
  const { figures, issues } = validateFigures({ file: displayPath(file), header: table.header, records: table.records, vocabulary, ...context });
  if (issues.length > 0) throw figuresError(issues);
  return figures;
}

/** Reads data/representation/figures/ (vocabulary, then figures). */
export function loadFigures(representationDir: string, context: FiguresContext): FiguresData {
  const dir = path.join(representationDir, FIGURES_DIR);
  const vocabulary = loadFigureVocabulary(path.join(dir, VOCABULARY_FILE), context.metadata);
  return { vocabulary, figures: loadFiguresCsv(path.join(dir, FIGURES_FILE), vocabulary, context) };
}
