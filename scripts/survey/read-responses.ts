/**
 * Where a dataset's respondents come from: data/surveys/<id>/responses.csv when it exists (real
 * microdata), otherwise the synthetic generator. Either way the result is CSV bytes for the validator.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ResolvedCodebook } from '../../src/lib/codebook/resolved.ts';
import { DataError } from '../lib/data-error.ts';
import { displayPath } from '../lib/display-path.ts';
import { generateSynthetic, type CountryWaveSummary } from './synthetic/generate.ts';
import { groupCodes } from './synthetic/groups.ts';
import { loadSyntheticModel } from './synthetic/load-model.ts';

export interface ResponseSource {
  bytes: Uint8Array;
  /** How the file is named in messages. */
  file: string;
  /** Present when the respondents were generated. */
  synthetic?: CountryWaveSummary[];
}

async function isFile(target: string): Promise<boolean> {
  try {
    return (await stat(target)).isFile();
  } catch {
    return false;
  }
}

/** `english` is the English codebook (the generator reads its labels). */
export async function readResponses(datasetDir: string, english: ResolvedCodebook): Promise<ResponseSource> {
  const realFile = path.join(datasetDir, 'responses.csv');
  const datasetFile = displayPath(path.join(datasetDir, 'dataset.yaml'));
  const hasRealData = await isFile(realFile);
  if (hasRealData && english.dataset.synthetic) {
    throw new DataError({ file: datasetFile, column: 'synthetic', value: 'true' }, 'responses.csv holds real microdata, so dataset.yaml must say synthetic: false');
  }
  if (!hasRealData && !english.dataset.synthetic) {
    throw new DataError({ file: datasetFile, column: 'synthetic', value: 'false' }, 'there is no responses.csv, so the data are synthetic and dataset.yaml must say synthetic: true');
  }
  if (hasRealData) return { bytes: new Uint8Array(await readFile(realFile)), file: displayPath(realFile) };

  const model = await loadSyntheticModel(datasetDir, english);
  const groups = groupCodes(english, displayPath(path.join(datasetDir, 'codebook', 'demographics.yaml')));
  const output = generateSynthetic(english, model, groups);
  return {
    bytes: new TextEncoder().encode(output.csv),
    file: `${displayPath(path.join(datasetDir, 'responses.csv'))} (generated from synthetic-model.yaml)`,
    synthetic: output.summaries,
  };
}
