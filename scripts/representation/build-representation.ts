/**
 * Pipeline step: the representation dataset (data/representation/) validated by the library loader
 * and written to public/data/representation/ as CSV, Parquet, the JSON the pages read,
 * datapackage.json and README.txt. A bad row stops the run with the loader's message (file, row,
 * column, value) as a DataError, before anything replaces public/data.
 */
import path from 'node:path';
import { apaCitation } from '../../src/lib/downloads/citation.ts';
import { citationInput } from '../../src/lib/downloads/dataset-citation.ts';
import { REPRESENTATION_ID, type RepresentationDataset } from '../../src/lib/downloads/representation-dataset.ts';
import type { Trilingual } from '../../src/lib/downloads/variables.ts';
import type { Lang } from '../../src/lib/i18n-langs.ts';
import type { ManifestDataset } from '../../src/lib/survey/manifest.ts';
import { ui } from '../../src/i18n/index.ts';
import { DataError } from '../lib/data-error.ts';
import { displayPath } from '../lib/display-path.ts';
import type { OutputWriter } from '../lib/output-writer.ts';
import type { StepTimer } from '../lib/step-timer.ts';
import { loadRepresentation, type RepresentationData } from '../library/load-representation.ts';
import { REPRESENTATION_RELEASE } from './release.ts';
import { representationPackage, representationReadme } from './representation-package.ts';
import { representationCsv, representationParquet, REPRESENTATION_COLUMNS } from './representation-table.ts';
import { publicationIds, sourcePublication } from './source-publications.ts';

const trilingual = (pick: (lang: Lang) => string): Trilingual => ({ sq: pick('sq'), en: pick('en'), sr: pick('sr') });

function load(dir: string, ids: ReadonlySet<string>): RepresentationData {
  try {
    return loadRepresentation(dir, { publicationIds: ids });
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError({ file: displayPath(dir) }, error instanceof Error ? error.message : String(error));
  }
}

/** The release year: the date of the current version's change-log entry. */
function releaseYear(): number {
  const entry = REPRESENTATION_RELEASE.changelog.find((change) => change.version === REPRESENTATION_RELEASE.version);
  return Number(entry?.date.slice(0, 4));
}

/** Citations of the representation dataset, per language. */
export function representationCitations(dataset: Pick<RepresentationDataset, 'metadata' | 'version'>): Trilingual {
  return trilingual((lang) =>
    apaCitation(citationInput(lang, { id: REPRESENTATION_ID, title: dataset.metadata.title[lang], publisher: ui(lang).publisher, version: dataset.version, year: releaseYear(), synthetic: false })),
  );
}

export async function buildRepresentation(dir: string, writer: OutputWriter, timer: StepTimer): Promise<{ manifest: ManifestDataset }> {
  const id = REPRESENTATION_ID;
  const publicationsDir = path.join(dir, '..', 'publications');
  const dataset = await timer.run('load + validate', (): RepresentationDataset => {
    const { metadata, rows } = load(dir, publicationIds(publicationsDir));
    const cited = [...new Set([...metadata.sources.map((note) => note.source), ...rows.map((row) => row.source)])];
    return { id, ...REPRESENTATION_RELEASE, metadata, rows, publications: cited.map((source) => sourcePublication(publicationsDir, source)) };
  });
  const tableInfo = { rows: dataset.rows.length, columns: REPRESENTATION_COLUMNS.map((column) => column.name) };
  await timer.run('write tables', async () => {
    await writer.write(`${id}/${id}.parquet`, representationParquet(dataset.rows, dataset.version), tableInfo);
    const csv = await writer.write(`${id}/${id}.csv`, representationCsv(dataset.rows), tableInfo);
    await writer.write(`${id}/${id}.json`, `${JSON.stringify(dataset, null, 2)}\n`);
    const citations = representationCitations(dataset);
    await writer.write(`${id}/datapackage.json`, `${JSON.stringify(representationPackage(dataset, csv), null, 2)}\n`);
    await writer.write(`${id}/README.txt`, representationReadme(dataset, citations));
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
