/**
 * Pipeline step: the representation dataset (data/representation/: the rank table and the published
 * figures) validated by the library loader and written to public/data/representation/ as CSV and
 * Parquet (one pair per table), the JSON the pages read, datapackage.json and README.txt. A bad row
 * stops the run with the loader's message (file, row, column, value) as a DataError, before anything
 * replaces public/data.
 */
import path from 'node:path';
import { apaCitation } from '../../src/lib/downloads/citation.ts';
import { dataPaths, downloadPaths } from '../../src/lib/data-layout.ts';
import { releaseProblem, releaseYear } from '../../src/lib/release.ts';
import { citationInput } from '../../src/lib/downloads/dataset-citation.ts';
import { REPRESENTATION_ID, type RepresentationDataset } from '../../src/lib/downloads/representation-dataset.ts';
import { figureLabels } from '../../src/lib/representation/figure-labels.ts';
import { FIGURES_TABLE, type RepresentationDatasetWithFigures } from '../../src/lib/representation/figures-dataset.ts';
import type { Trilingual } from '../../src/lib/downloads/variables.ts';
import type { Lang } from '../../src/lib/i18n-langs.ts';
import type { ManifestDataset } from '../../src/lib/survey/manifest.ts';
import { ui } from '../../src/i18n/index.ts';
import { DataError } from '../lib/data-error.ts';
import type { OutputWriter } from '../lib/output-writer.ts';
import type { StepTimer } from '../lib/step-timer.ts';
import { loadRepresentation } from '../library/load-representation.ts';
import { RELEASE_FILE, REPRESENTATION_RELEASE } from './release.ts';
import { figuresCsv, figuresParquet, FIGURE_COLUMNS, type FigureRowContext } from './figures-table.ts';
import { representationPackage, representationReadme } from './representation-package.ts';
import { representationCsv, representationParquet, REPRESENTATION_COLUMNS } from './representation-table.ts';
import { publicationIds, sourcePublication } from './source-publications.ts';

const trilingual = (pick: (lang: Lang) => string): Trilingual => ({ sq: pick('sq'), en: pick('en'), sr: pick('sr') });

/** Citations of the representation dataset, per language. */
export function representationCitations(dataset: Pick<RepresentationDataset, 'metadata' | 'version' | 'changelog'>): Trilingual {
  return trilingual((lang) =>
    apaCitation(citationInput(lang, { id: REPRESENTATION_ID, title: dataset.metadata.title[lang], publisher: ui(lang).publisher, version: dataset.version, year: releaseYear({ ...dataset, id: REPRESENTATION_ID }), synthetic: false })),
  );
}

export async function buildRepresentation(dir: string, writer: OutputWriter, timer: StepTimer): Promise<{ manifest: ManifestDataset }> {
  const id = REPRESENTATION_ID;
  const release = releaseProblem(REPRESENTATION_RELEASE);
  if (release !== null) throw new DataError({ file: RELEASE_FILE, column: 'version', value: REPRESENTATION_RELEASE.version }, release);
  const publicationsDir = path.join(dir, '..', 'publications');
  const dataset = await timer.run('load + validate', (): RepresentationDatasetWithFigures => {
    const { metadata, rows, figureVocabulary, figures } = loadRepresentation(dir, { publicationIds: publicationIds(publicationsDir) });
    const publications = [...metadata.sources.map((note) => note.source), ...rows.map((row) => row.source), ...figures.flatMap((figure) => figure.publication ?? [])];
    const cited = [...new Set(publications)];
    return { id, ...REPRESENTATION_RELEASE, metadata, rows, publications: cited.map((source) => sourcePublication(publicationsDir, source)), figureVocabulary, figures };
  });
  const tableInfo = { rows: dataset.rows.length, columns: REPRESENTATION_COLUMNS.map((column) => column.name) };
  const figuresInfo = { rows: dataset.figures.length, columns: FIGURE_COLUMNS.map((column) => column.name) };
  const context: FigureRowContext = { labels: figureLabels(dataset.figureVocabulary, dataset.metadata), publications: dataset.publications };
  await timer.run('write tables', async () => {
    await writer.write(dataPaths.parquet(id), representationParquet(dataset.rows, dataset.version), tableInfo);
    const csv = await writer.write(dataPaths.csv(id), representationCsv(dataset.rows), tableInfo);
    await writer.write(dataPaths.parquet(id, FIGURES_TABLE), figuresParquet(dataset.figures, context, dataset.version), figuresInfo);
    const figureCsv = await writer.write(dataPaths.csv(id, FIGURES_TABLE), figuresCsv(dataset.figures, context), figuresInfo);
    await writer.write(dataPaths.json(id), `${JSON.stringify(dataset, null, 2)}\n`);
    const citations = representationCitations(dataset);
    await writer.write(downloadPaths.datapackage(id), `${JSON.stringify(representationPackage(dataset, csv, figureCsv, context), null, 2)}\n`);
    await writer.write(downloadPaths.readme(id), representationReadme(dataset, citations));
  });
  return {
    manifest: {
      id,
      version: dataset.version,
      synthetic: false,
      files: writer.files().filter((file) => file.path.startsWith(`${id}/`)),
    },
  };
}
