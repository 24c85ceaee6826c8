/**
 * Vitest global setup: some unit tests read the pipeline's outputs (the codebook JSON, the Parquet).
 * On a fresh clone public/data does not exist yet, so build it once before any test runs.
 * (`npm test` runs `npm run data` first anyway; this keeps `npx vitest run` working on its own.)
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { runPipeline } from '../../../scripts/data.ts';

export default async function ensureData(): Promise<void> {
  const root = path.resolve(import.meta.dirname, '../../..');
  if (existsSync(path.join(root, 'public/data/manifest.json'))) return;
  await runPipeline({
    dataDir: path.join(root, 'data/surveys'),
    outDir: path.join(root, 'public/data'),
    representationDir: path.join(root, 'data/representation'),
  });
}
