/**
 * Build-time access to what the dataset pages show, read from the pipeline's outputs in public/data:
 * the manifest's datasets, the representation tables (representation.json) and the survey's sample by
 * country and wave (computed from three columns of its Parquet file). Node only (node:fs); results are
 * cached for the build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import { dataDir, readCodebook, readManifest } from '../../build/survey-data.ts';
import { designSummary, type DesignCell } from '../../lib/downloads/design-summary.ts';
import { REPRESENTATION_ID, type RepresentationDataset } from '../../lib/downloads/representation-dataset.ts';
import type { ManifestDataset } from '../../lib/survey/manifest.ts';

/** The manifest's survey datasets (those with a codebook), in manifest order. */
/** A survey's manifest entry: unlike the representation table, it always counts its respondents. */
export type SurveyManifestDataset = ManifestDataset & { respondents: number };

function isSurvey(dataset: ManifestDataset): dataset is SurveyManifestDataset {
  return dataset.respondents !== undefined && dataset.files.some((file) => file.path === `${dataset.id}/codebook.en.json`);
}

export function surveyDatasets(): SurveyManifestDataset[] {
  return readManifest().datasets.filter(isSurvey);
}

export function manifestDataset(id: string): ManifestDataset {
  const dataset = readManifest().datasets.find((entry) => entry.id === id);
  if (!dataset) throw new Error(`public/data/manifest.json has no dataset "${id}". Run \`npm run data\`.`);
  return dataset;
}

let representation: RepresentationDataset | undefined;

/** public/data/representation/representation.json. */
export function readRepresentation(): RepresentationDataset {
  if (representation) return representation;
  const file = join(dataDir(), REPRESENTATION_ID, `${REPRESENTATION_ID}.json`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} is missing or unreadable. Run \`npm run data\` to generate public/data.`, { cause: error });
  }
  if (typeof parsed !== 'object' || parsed === null || !('rows' in parsed) || !('metadata' in parsed)) throw new Error(`${file}: expected rows and metadata. Run \`npm run data\`.`);
  representation = parsed as RepresentationDataset;
  return representation;
}

const designs = new Map<string, DesignCell[]>();

/** The survey's sample by country and wave, from the weights in its Parquet file. */
export async function readDesign(datasetId: string): Promise<DesignCell[]> {
  const cached = designs.get(datasetId);
  if (cached) return cached;
  const bytes = readFileSync(join(dataDir(), datasetId, `${datasetId}.parquet`));
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const rows = (await parquetReadObjects({ file, columns: ['country', 'wave', 'weight'] })) as { country: number; wave: number; weight: number }[];
  const order = readCodebook('en', datasetId).dataset.countries.map((country) => country.code);
  const cells = designSummary({ country: rows.map((r) => r.country), wave: rows.map((r) => r.wave), weight: rows.map((r) => r.weight) }, order);
  designs.set(datasetId, cells);
  return cells;
}
