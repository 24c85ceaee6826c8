/**
 * The published figures in datapackage.json: their table as a second tabular resource (columns,
 * allowed values from the vocabulary, figure_id as key) and each distinct source (publisher and
 * address) in the package's `sources`, so that no figure travels without its source.
 */
import { csvResourceFile } from '../../src/lib/downloads/datapackage.ts';
import type { ManifestFile } from '../../src/lib/survey/manifest.ts';
import { FLAGS, MEASURES, QUALIFIERS, UNITS, YEAR_STATUSES } from '../../src/lib/representation/figure-schema.ts';
import { FIGURES_TABLE, type RepresentationDatasetWithFigures } from '../../src/lib/representation/figures-dataset.ts';
import { FIGURE_COLUMNS, type FigureRowContext } from './figures-table.ts';

function constraintsOf(name: string, dataset: RepresentationDatasetWithFigures): Record<string, unknown> {
  const { figureVocabulary: vocabulary, metadata } = dataset;
  const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
  switch (name) {
    case 'figure_id': return { required: true, unique: true, pattern: 'B[0-9]{2}-[1-9][0-9]*' };
    case 'institution': return { required: true, enum: ids(vocabulary.institutions) };
    case 'group': return { required: true, enum: ids(vocabulary.groups) };
    case 'measure': return { required: true, enum: [...MEASURES] };
    case 'level': return { required: true, enum: [...new Set([...ids(vocabulary.levels), ...metadata.institutions.flatMap((institution) => ids(institution.ranks))])] };
    case 'value': return { required: true, minimum: 0 };
    case 'qualifier': return { enum: [...QUALIFIERS] };
    case 'unit': return { required: true, enum: [...UNITS] };
    case 'year': return { minimum: 1990, maximum: 2100 };
    case 'year_status': return { required: true, enum: [...YEAR_STATUSES] };
    case 'flags': return { pattern: `((${FLAGS.join('|')})(;(${FLAGS.join('|')}))*)?` };
    case 'conflict_group': return { enum: ids(vocabulary.conflicts) };
    case 'year_note': case 'attribution': case 'publication': case 'note': return {};
    default: return { required: true };
  }
}

export function figuresResource(dataset: RepresentationDatasetWithFigures, csv: ManifestFile): Record<string, unknown> {
  return {
    profile: 'tabular-data-resource',
    name: FIGURES_TABLE,
    title: 'Published figures on women and non-majority communities in the security institutions',
    description: 'One row per published figure, each with its publisher and source address. Qualified values ("about 16%") keep their qualifier in its own column; conflicting figures are all kept and share a conflict_group.',
    ...csvResourceFile({ path: csv.path.split('/').pop() ?? csv.path, bytes: csv.bytes, sha256: csv.sha256 }),
    schema: {
      fields: FIGURE_COLUMNS.map((column) => ({ name: column.name, type: column.type, description: column.description, constraints: constraintsOf(column.name, dataset) })),
      missingValues: [''],
      primaryKey: ['figure_id'],
    },
  };
}

/** One entry per distinct source of the figures: publisher and address. */
export function figureSources(dataset: RepresentationDatasetWithFigures, context: FigureRowContext): { title: string; path: string }[] {
  const url = FIGURE_COLUMNS.find((column) => column.name === 'source_url');
  if (!url) throw new Error('the figures table has no source_url column');
  const seen = new Map<string, string>();
  for (const figure of dataset.figures) {
    const path = String(url.value(figure, context));
    if (!seen.has(path)) seen.set(path, figure.publisher);
  }
  return [...seen].map(([path, publisher]) => ({ title: publisher, path }));
}
