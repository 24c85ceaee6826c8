/**
 * `npm run data`: builds public/data/ from data/surveys/ (every dataset folder: Parquet, CSV,
 * codebooks, aggregates, researcher downloads) and data/representation/, plus manifest.json. Prints
 * each step's time and the output sizes; on bad input prints the DataError (file, row, column, value)
 * and exits with status 1, leaving public/data as it was.
 * `node scripts/data.ts <dataDir> <outDir> [representationDir]` builds other folders (tests, trials on
 * a copy); without representationDir, the representation tables are built when the folder
 * <dataDir>/../representation exists (as data/representation does for data/surveys).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDataError } from './lib/data-error.ts';
import { formatBytes } from '../src/lib/format.ts';
import { runPipeline, type PipelineResult } from './survey/pipeline.ts';

export { runPipeline, GENERATED_BY, MANIFEST_FILE, type PipelineOptions, type PipelineResult } from './survey/pipeline.ts';
export { DataError, isDataError } from './lib/data-error.ts';
export { loadCodebook } from './survey/load-codebook.ts';
export { validateResponses } from './survey/validate-responses.ts';
export type { ResponseTable } from './survey/response-table.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Output sizes grouped for the summary: tables one by one, the many small JSON files as totals. */
export function sizeLines(result: PipelineResult): string[] {
  const lines: string[] = [];
  for (const dataset of result.manifest.datasets) {
    const groups = new Map<string, { files: number; bytes: number }>();
    for (const file of dataset.files) {
      const relative = file.path.slice(dataset.id.length + 1);
      const group = relative.startsWith('aggregates/') ? 'aggregates/*.json' : /^codebook\.[a-z]{2}\.json$/.test(relative) ? 'codebook.*.json' : relative;
      const entry = groups.get(group) ?? { files: 0, bytes: 0 };
      groups.set(group, { files: entry.files + 1, bytes: entry.bytes + file.bytes });
    }
    for (const [group, { files, bytes }] of groups) {
      lines.push(`${dataset.id}/${group}${files > 1 ? ` (${files} files)` : ''}: ${formatBytes('en', bytes, 1)}`);
    }
  }
  return lines;
}

async function main(): Promise<void> {
  const started = performance.now();
  const [dataDir = path.join(ROOT, 'data', 'surveys'), outDir = path.join(ROOT, 'public', 'data'), representationArg] = process.argv.slice(2);
  const sibling = path.join(path.dirname(path.resolve(dataDir)), 'representation');
  const representationDir = representationArg ?? (existsSync(sibling) ? sibling : undefined);
  const publishedSibling = path.join(path.dirname(path.resolve(dataDir)), 'published');
  const publishedDir = existsSync(publishedSibling) ? publishedSibling : undefined;
  try {
    const result = await runPipeline({
      dataDir,
      outDir,
      ...(representationDir === undefined ? {} : { representationDir }),
      ...(publishedDir === undefined ? {} : { publishedDir }),
      onStep: (dataset, { step, ms }) => console.log(`[data] ${dataset}: ${step} ${ms.toFixed(0)} ms`),
    });
    for (const dataset of result.datasets) {
      for (const summary of dataset.synthetic ?? []) {
        console.log(`[data] ${dataset.manifest.id}: ${summary.country} ${summary.wave}: n = ${summary.respondents}, design effect ${summary.designEffect.toFixed(2)}`);
      }
    }
    for (const { manifest } of result.datasets) {
      const d = manifest.disclosure;
      if (d) console.log(`[data] ${manifest.id}: k = ${d.k} (smallest group sharing ${d.keys.join(', ')}), ${d.kNonMajority} among non-majority respondents; ${d.inSmallGroups} respondents in groups smaller than ${d.localSuppressionMinimum} (local suppression's minimum); ethnic groups under ${d.mergeBelow} merged`);
    }
    for (const line of sizeLines(result)) console.log(`[data] ${line}`);
    console.log(`[data] done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    if (isDataError(error)) {
      console.error(`[data] ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
