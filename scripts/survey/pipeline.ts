/**
 * The data pipeline: every dataset folder under dataDir (data/surveys/) is built into a temporary
 * folder, with its researcher downloads, then the representation tables when representationDir is
 * given; only when all of them pass does it replace outDir (public/data/), together with
 * manifest.json. A DataError anywhere leaves outDir exactly as it was.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { dataPaths } from '../../src/lib/data-layout.ts';
import type { Manifest } from '../../src/lib/survey/manifest.ts';
import { replaceDirAtomically } from '../lib/atomic-dir.ts';
import { DataError } from '../lib/data-error.ts';
import { displayPath } from '../lib/display-path.ts';
import { OutputWriter } from '../lib/output-writer.ts';
import { StepTimer, type StepTime } from '../lib/step-timer.ts';
import { writeSurveyDownloads } from '../downloads/survey-downloads.ts';
import { buildRepresentation } from '../representation/build-representation.ts';
import { buildDataset, type DatasetBuild } from './build-dataset.ts';
import { buildPublished } from '../published/build-published.ts';

/** The survey whose codebook the published figures refer to. */
const PUBLISHED_SURVEY = 'wbsb';

export const GENERATED_BY = 'security-barometer-portal data pipeline (scripts/data.ts)';
export const MANIFEST_FILE = dataPaths.manifest;

export interface PipelineOptions {
  /** Folder holding one folder per dataset (data/surveys). */
  dataDir: string;
  /** Output folder, replaced as a whole (public/data). */
  outDir: string;
  /** The representation tables' folder (data/representation); left out, no representation dataset is built. */
  representationDir?: string;
  /** KCSS's published figures (data/published), checked against the wbsb codebook; left out, not built. */
  publishedDir?: string;
  /** Called after each step with its duration. */
  onStep?: (dataset: string, time: StepTime) => void;
}

export interface PipelineResult {
  manifest: Manifest;
  /** Every dataset built, with its step times; survey datasets also carry their design summaries. */
  datasets: (Pick<DatasetBuild, 'manifest' | 'synthetic'> & { steps: StepTime[] })[];
}

async function datasetFolders(dataDir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dataDir, { withFileTypes: true });
  } catch {
    throw new DataError({ file: displayPath(dataDir) }, 'the folder of survey datasets is missing');
  }
  const folders = entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (folders.length === 0) throw new DataError({ file: displayPath(dataDir) }, 'no dataset folders found');
  return folders.map((name) => path.join(dataDir, name));
}

export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const folders = await datasetFolders(path.resolve(options.dataDir));
  return replaceDirAtomically(options.outDir, async (tempDir) => {
    const writer = new OutputWriter(tempDir);
    const datasets: PipelineResult['datasets'] = [];
    let survey: Pick<DatasetBuild, 'english' | 'table'> | undefined;
    for (const folder of folders) {
      const name = path.basename(folder);
      const timer = new StepTimer((time) => options.onStep?.(name, time));
      const build = await buildDataset(folder, writer, timer);
      if (build.manifest.id === PUBLISHED_SURVEY) survey = build;
      const files = await timer.run('researcher downloads', () => writeSurveyDownloads(build.manifest, writer));
      datasets.push({ manifest: { ...build.manifest, files }, ...(build.synthetic ? { synthetic: build.synthetic } : {}), steps: timer.steps });
    }
    if (options.representationDir !== undefined) {
      const timer = new StepTimer((time) => options.onStep?.('representation', time));
      const build = await buildRepresentation(path.resolve(options.representationDir), writer, timer);
      datasets.push({ ...build, steps: timer.steps });
    }
    if (options.publishedDir !== undefined) {
      if (!survey) throw new DataError({ file: displayPath(options.publishedDir) }, `the published figures need the ${PUBLISHED_SURVEY} dataset, which was not built`);
      const timer = new StepTimer((time) => options.onStep?.('published', time));
      const build = await buildPublished(path.resolve(options.publishedDir), survey.english, survey.table, writer, timer);
      datasets.push({ ...build, steps: timer.steps });
    }
    const manifest: Manifest = { generatedBy: GENERATED_BY, datasets: datasets.map((dataset) => dataset.manifest) };
    await writer.write(MANIFEST_FILE, `${JSON.stringify(manifest, null, 2)}\n`);
    return { manifest, datasets };
  });
}
