/**
 * datapackage.json and README.txt of the representation dataset: the rank table and the published
 * figures (figures-package.ts) as two resources, with every source in `sources`. No open licence has
 * been declared for these figures, so the package carries no `licenses` entry; its description says
 * how to reuse them (cite the source), in the metadata's own words.
 */
import { csvResourceFile } from '../../src/lib/downloads/datapackage.ts';
import { absoluteUrl } from '../../src/lib/site.ts';
import { dataPaths, downloadPaths, fileName } from '../../src/lib/data-layout.ts';
import { datasetUrl } from '../../src/lib/downloads/dataset-citation.ts';
import { readmeText } from '../../src/lib/downloads/readme.ts';
import type { RepresentationDataset } from '../../src/lib/downloads/representation-dataset.ts';
import { FIGURES_TABLE, type RepresentationDatasetWithFigures } from '../../src/lib/representation/figures-dataset.ts';
import type { Trilingual } from '../../src/lib/downloads/variables.ts';
import { localPath } from '../../src/lib/paths.ts';
import { GROUPS_BY_DIMENSION } from '../../src/lib/representation/schema.ts';
import type { ManifestFile } from '../../src/lib/survey/manifest.ts';
import { figureSources, figuresResource } from './figures-package.ts';
import type { FigureRowContext } from './figures-table.ts';
import { REPRESENTATION_COLUMNS } from './representation-table.ts';

function constraintsOf(name: string, dataset: RepresentationDataset): Record<string, unknown> {
  const institutions = dataset.metadata.institutions;
  switch (name) {
    case 'institution': return { required: true, enum: institutions.map((institution) => institution.id) };
    case 'rank': return { required: true, enum: [...new Set(institutions.flatMap((institution) => institution.ranks.map((rank) => rank.id)))] };
    case 'rank_order': return { required: true, minimum: 1 };
    case 'dimension': return { required: true, enum: Object.keys(GROUPS_BY_DIMENSION) };
    case 'group': return { required: true, enum: [...new Set(Object.values(GROUPS_BY_DIMENSION).flat())] };
    case 'share': return { required: true, minimum: 0, maximum: 100 };
    case 'count': return { minimum: 0 };
    case 'page': return { minimum: 1 };
    default: return { required: true };
  }
}

function sourceTitle(dataset: RepresentationDataset, id: string): string {
  const publication = dataset.publications.find((candidate) => candidate.id === id);
  return publication ? `${publication.authors.join(', ')}${publication.authors.length > 0 ? ', ' : ''}${publication.originalTitle} (${publication.date})` : id;
}

export function representationPackage(dataset: RepresentationDatasetWithFigures, csv: ManifestFile, figuresCsv: ManifestFile, context: FigureRowContext): Record<string, unknown> {
  const { metadata } = dataset;
  return {
    profile: 'tabular-data-package',
    name: dataset.id,
    title: metadata.title.en,
    description: `${metadata.description.en} Covers: ${metadata.covers.en} Does not cover: ${metadata.doesNotCover.en} Reuse: ${metadata.licence.en}`,
    version: dataset.version,
    homepage: datasetUrl('en', dataset.id),
    sources: [
      ...metadata.sources.map((note) => ({ title: `${sourceTitle(dataset, note.source)}, ${note.figure}`, path: absoluteUrl(localPath('en', 'publications', note.source)) })),
      ...figureSources(dataset, context),
    ],
    keywords: ['representation', 'gender', 'non-majority communities', 'security institutions', 'ranks'],
    resources: [
      {
        profile: 'tabular-data-resource',
        name: dataset.id,
        title: metadata.title.en,
        ...csvResourceFile({ path: csv.path.split('/').pop() ?? csv.path, bytes: csv.bytes, sha256: csv.sha256 }),
        schema: {
          fields: REPRESENTATION_COLUMNS.map((column) => ({ name: column.name, type: column.type, description: column.description, constraints: constraintsOf(column.name, dataset) })),
          missingValues: [''],
          primaryKey: ['institution', 'year', 'rank', 'dimension', 'group'],
        },
      },
      figuresResource(dataset, figuresCsv),
    ],
  };
}

export function representationReadme(dataset: RepresentationDatasetWithFigures, citations: Trilingual): string {
  const { metadata, id } = dataset;
  return readmeText({
    title: metadata.title,
    version: dataset.version,
    description: metadata.description.en,
    url: datasetUrl('en', id),
    files: [
      { path: fileName(dataPaths.parquet(id)), description: 'The table in Parquet: one row per institution, year, rank, dimension and group.' },
      { path: fileName(dataPaths.csv(id)), description: 'The same table as CSV (UTF-8, comma-separated, header row).' },
      { path: fileName(dataPaths.parquet(id, FIGURES_TABLE)), description: 'The published figures in Parquet: one row per figure, with its publisher and source address, qualifier, year status, flags and conflict group.' },
      { path: fileName(dataPaths.csv(id, FIGURES_TABLE)), description: 'The same figures as CSV (UTF-8, comma-separated, header row).' },
      { path: fileName(dataPaths.json(id)), description: 'Both tables with their metadata (institutions, ranks, groups, levels, conflict groups, sources, coverage) in the three languages.' },
      { path: fileName(downloadPaths.datapackage(id)), description: 'Frictionless Tabular Data Package: column types, allowed values, sources.' },
    ],
    citation: citations,
    licence: metadata.licence.en,
    notice: null,
    notes: [
      `Covers: ${metadata.covers.en}`,
      `Does not cover: ${metadata.doesNotCover.en}`,
      ...metadata.sources.map((note) => `Source: ${sourceTitle(dataset, note.source)}, ${note.figure}. ${note.note.en}`),
      `Published figures (${FIGURES_TABLE}.csv): ${dataset.figures.length} figures, each with its publisher and source_url. A value with a qualifier (about, over, up-to, less-than, almost, close-to) is not exact: read "about 16" as the source wrote it. Figures that report the same quantity differently share a conflict_group and are all kept; none is preferred. A year marked approximate or inferred is not stated by the source; an empty year means the source gives none.`,
    ],
  });
}
