/**
 * `npm run bench`: runs the data pipeline on data/surveys/ into a temporary folder (public/data is not
 * touched) and prints a table of step times and output sizes.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sizeLines } from '../data.ts';
import { formatBytes } from '../../src/lib/format.ts';
import { runPipeline } from '../survey/pipeline.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const scratch = await mkdtemp(path.join(os.tmpdir(), 'bench-pipeline-'));
try {
  const started = performance.now();
  const result = await runPipeline({ dataDir: path.join(ROOT, 'data', 'surveys'), outDir: path.join(scratch, 'data') });
  const total = performance.now() - started;

  const rows: [string, string][] = [];
  for (const dataset of result.datasets) {
    for (const { step, ms } of dataset.steps) rows.push([`${dataset.manifest.id}: ${step}`, `${ms.toFixed(0)} ms`]);
  }
  rows.push(['total (including manifest and folder swap)', `${total.toFixed(0)} ms`]);
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`${'step'.padEnd(width)}  time`);
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value.padStart(8)}`);

  console.log('\noutput sizes');
  for (const line of sizeLines(result)) console.log(`  ${line}`);
  const allBytes = result.manifest.datasets.flatMap((dataset) => dataset.files).reduce((sum, file) => sum + file.bytes, 0);
  console.log(`  total: ${formatBytes('en', allBytes, 1)}`);
} finally {
  await rm(scratch, { recursive: true, force: true });
}
