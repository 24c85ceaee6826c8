/**
 * Build-time access to what the dataset pages show, read from the pipeline's outputs in public/data:
 * the manifest's datasets with the survey's sample by country and wave (the pipeline computes it from
 * the weights) and the representation tables (representation.json). Node only (node:fs); results are
 * cached for the build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir, readManifest } from './survey-data.ts';
import { dataPaths } from '../lib/data-layout.ts';
import type { DesignCell } from '../lib/downloads/design-summary.ts';
import { REPRESENTATION_ID, type RepresentationDataset } from '../lib/downloads/representation-dataset.ts';
import type { ManifestDataset } from '../lib/survey/manifest.ts';

/** A survey's manifest entry: unlike the representation table, it always counts its respondents. */
export type SurveyManifestDataset = ManifestDataset & { respondents: number };

function isSurvey(dataset: ManifestDataset): dataset is SurveyManifestDataset {
  return dataset.respondents !== undefined && dataset.files.some((file) => file.path === dataPaths.codebook(dataset.id, 'en'));
}

/** The manifest's survey datasets (those with a codebook), in manifest order. */
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
  const file = join(dataDir(), dataPaths.json(REPRESENTATION_ID));
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

/** The survey's sample by country and wave, as the pipeline computed it from the weights (manifest.json). */
export function readDesign(datasetId: string): DesignCell[] {
  const design = manifestDataset(datasetId).design;
  if (!design) throw new Error(`public/data/manifest.json has no sample design for "${datasetId}". Run \`npm run data\`.`);
  return design;
}
