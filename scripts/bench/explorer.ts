/**
 * `npm run bench:explorer`: the explorer's speed, against the built site (BENCH_DIST, default dist/;
 * run `npm run build` first) in headless Chromium. Prints tables and writes bench-results/explorer.json.
 *
 *  1. The real explorer page, cold (fresh browser context per run): default view painted and redrawn,
 *     DuckDB ready, the engine's first view (the default state, and a custom state from the URL).
 *  2. A harness page (scripts/bench/explorer-harness/, built with Vite into .tmp/, never into the site)
 *     running the same engine on the published Parquet file and on a BENCH_ROWS-row (default 1,000,000)
 *     resampled copy: cold start, first custom cross-tab, time and bytes per view while columns load,
 *     warm p50/p95 over the specs, and the same cross-tabs by Arquero and by plain TypeScript loops.
 *
 * A benchmark, not a test: it reports the numbers and whether the targets were met.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../tests/e2e/support/browser.ts';
import type { ResolvedCodebook } from '../../src/lib/codebook/resolved.ts';
import { defaultState, serializeState } from '../../src/lib/explorer/state.ts';
import { buildHarness } from './explorer-build.ts';
import { measureScale, type ScaleResult } from './explorer-engine-run.ts';
import { measurePage, type PageRun } from './explorer-page.ts';
import { check, kb, median, ms, printTable, ratio, type TargetCheck } from './explorer-report.ts';
import { scaledParquet } from './explorer-scale.ts';
import { startBenchServer } from './explorer-server.ts';
import { benchSpecs } from './explorer-specs.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = path.resolve(ROOT, process.env['BENCH_DIST'] ?? 'dist');
const SCALED_ROWS = Number(process.env['BENCH_ROWS'] ?? 1_000_000);
const SPEC_COUNT = 60;
const PAGE_RUNS = 3;
const WORK = path.join(ROOT, '.tmp', 'bench-explorer');

for (const required of ['en/explore/index.html', 'data/wbsb/wbsb.parquet', 'data/wbsb/codebook.en.json']) {
  if (!existsSync(path.join(DIST, required))) {
    console.error(`${path.join(DIST, required)} is missing: build the site first (npm run build), or point BENCH_DIST at a build.`);
    process.exit(1);
  }
}

const codebook = JSON.parse(readFileSync(path.join(DIST, 'data/wbsb/codebook.en.json'), 'utf8')) as ResolvedCodebook;
const specs = benchSpecs(codebook, SPEC_COUNT);
const defaultQuery = serializeState(defaultState(codebook));
const customQuery = specs[1] ?? defaultQuery;

console.log(`Building the harness and the ${SCALED_ROWS.toLocaleString('en')}-row file (reused while the data are unchanged)…`);
await buildHarness(path.join(WORK, 'harness'));
const scaledFile = await scaledParquet(path.join(DIST, 'data/wbsb/wbsb.parquet'), path.join(WORK, 'data'), SCALED_ROWS);

const server = await startBenchServer([['/__bench/', path.join(WORK, 'harness')], ['/__bench-data/', path.join(WORK, 'data')], ['/', DIST]]);
const browser = await chromium.launch(chromiumLaunchOptions());
const pageRuns: { kind: 'default' | 'custom'; run: PageRun }[] = [];
const scales: ScaleResult[] = [];
try {
  for (let run = 0; run < PAGE_RUNS; run += 1) {
    pageRuns.push({ kind: 'default', run: await measurePage(browser, server, '/en/explore/', defaultQuery) });
    pageRuns.push({ kind: 'custom', run: await measurePage(browser, server, `/en/explore/?${customQuery}`, customQuery) });
  }
  console.log('Measuring the engine on the published file…');
  scales.push(await measureScale(browser, server, 'published file', '/data/wbsb/wbsb.parquet', specs, 3));
  console.log(`Measuring the engine on ${SCALED_ROWS.toLocaleString('en')} rows…`);
  scales.push(await measureScale(browser, server, `${SCALED_ROWS.toLocaleString('en')} rows`, `/__bench-data/${path.basename(scaledFile)}`, specs, 1));
} finally {
  await browser.close();
  await server.close();
}

const runsOf = (kind: 'default' | 'custom') => pageRuns.filter((entry) => entry.kind === kind).map((entry) => entry.run);
const pick = (runs: PageRun[], value: (run: PageRun) => number) => median(runs.map(value));
const all = pageRuns.map((entry) => entry.run);
const page = {
  defaultLcp: pick(runsOf('default'), (r) => r.lcpMs),
  defaultFcp: pick(runsOf('default'), (r) => r.fcpMs),
  defaultRedraw: pick(runsOf('default'), (r) => r.redrawMs),
  engineStartFromNavigation: pick(all, (r) => r.engineStartMs),
  engineReadyFromNavigation: pick(all, (r) => r.engineReadyMs),
  engineLoad: pick(all, (r) => r.engineReadyMs - r.engineStartMs),
  defaultEngineViewAfterReady: pick(runsOf('default'), (r) => r.engineViewMs - r.engineReadyMs),
  customViewAfterReady: pick(runsOf('custom'), (r) => r.engineViewMs - r.engineReadyMs),
  wasmBytes: pick(all, (r) => r.wasmBytes),
  parquetBytes: pick(runsOf('default'), (r) => r.parquetBytes),
};

printTable(`Explorer page, cold (median of ${PAGE_RUNS} runs each)`, ['measure', 'value'], [
  ['default view painted (FCP / LCP) after navigation', `${ms(page.defaultFcp)} / ${ms(page.defaultLcp)}`],
  ['default view redrawn by the page script', ms(page.defaultRedraw)],
  ['engine loading starts, after navigation', ms(page.engineStartFromNavigation)],
  ['DuckDB ready, after navigation', ms(page.engineReadyFromNavigation)],
  ['DuckDB ready, from the start of loading', ms(page.engineLoad)],
  ['default view recomputed by DuckDB, after ready', ms(page.defaultEngineViewAfterReady)],
  ['custom view from the URL shown, after ready', ms(page.customViewAfterReady)],
  ['wasm bytes / Parquet bytes (default view)', `${kb(page.wasmBytes)} / ${kb(page.parquetBytes)}`],
]);

for (const scale of scales) {
  printTable(`Engine on the ${scale.label} (${scale.rows.toLocaleString('en')} rows, ${SPEC_COUNT} specs)`, ['measure', 'p50', 'p95', 'max'], [
    ['DuckDB ready, cold', ms(median(scale.coldReadyMs)), '', ms(Math.max(...scale.coldReadyMs))],
    ['first custom cross-tab after ready', ms(scale.firstCrosstabMs), '', ''],
    ['first pass (columns loading as needed)', ms(scale.firstPass.p50), ms(scale.firstPass.p95), ms(scale.firstPass.max)],
    ['warm cross-tab, DuckDB', ms(scale.warm.p50), ms(scale.warm.p95), ms(scale.warm.max)],
    ['warm cross-tab, Arquero', ms(scale.arquero.p50), ms(scale.arquero.p95), ms(scale.arquero.max)],
    ['warm cross-tab, TypeScript loops', ms(scale.typescript.p50), ms(scale.typescript.p95), ms(scale.typescript.max)],
    ['DuckDB time ÷ Arquero time', ratio(scale.warm.p50 / scale.arquero.p50), ratio(scale.warm.p95 / scale.arquero.p95), ''],
    ['DuckDB time ÷ TypeScript time', ratio(scale.warm.p50 / scale.typescript.p50), ratio(scale.warm.p95 / scale.typescript.p95), ''],
    [`bytes per view that loads columns (${scale.bytes.views} views)`, kb(scale.bytes.perViewMedian), '', kb(scale.bytes.perViewMax)],
    ['bytes sent ÷ column chunks needed', ratio(scale.bytes.ratioMedian), '', ratio(scale.bytes.ratioMax)],
    ['footer (metadata), once, while DuckDB loads', kb(scale.footerBytes), '', ''],
    ['largest share difference DuckDB vs Arquero / loops', scale.maxShareDifference.toExponential(1), '', ''],
  ]);
}

const [normal, large] = scales;
const targets: TargetCheck[] = [
  check('default view after navigation (LCP)', '≤ 300 ms', page.defaultLcp, (v) => v <= 300, ms),
  check('DuckDB ready, cold, from the start of loading (page)', '≤ 1500 ms', page.engineLoad, (v) => v <= 1500, ms),
  check('DuckDB ready, cold (harness)', '≤ 1500 ms', median(normal?.coldReadyMs ?? []), (v) => v <= 1500, ms),
  check('first custom cross-tab after ready (engine)', '≤ 150 ms', normal?.firstCrosstabMs ?? Number.NaN, (v) => v <= 150, ms),
  check('first custom cross-tab after ready (page, drawn)', '≤ 150 ms', page.customViewAfterReady, (v) => v <= 150, ms),
  check('warm p95, published file', '≤ 30 ms', normal?.warm.p95 ?? Number.NaN, (v) => v <= 30, ms),
  check(`warm p95, ${SCALED_ROWS.toLocaleString('en')} rows`, '≤ 300 ms', large?.warm.p95 ?? Number.NaN, (v) => v <= 300, ms),
  check('bytes per view ÷ needed column chunks (worst view, both files)', '≤ 1.2×', Math.max(normal?.bytes.ratioMax ?? Number.NaN, large?.bytes.ratioMax ?? Number.NaN), (v) => v <= 1.2, ratio),
  // Not a speed target: the timed cross-tabs are only worth comparing if all three give the same shares.
  check('shares agree: DuckDB vs Arquero and loops (largest difference, both files)', '≤ 1e-9', Math.max(normal?.maxShareDifference ?? Number.NaN, large?.maxShareDifference ?? Number.NaN), (v) => v <= 1e-9, (v) => v.toExponential(1)),
];
printTable('Targets', ['target', 'limit', 'measured', 'met'], targets.map((t) => [t.target, t.limit, t.measured, t.met === null ? 'n/a' : t.met ? 'yes' : 'NO']));

const load = os.loadavg().map((value) => value.toFixed(2)).join(' ');
console.log(`\nMachine: ${os.cpus().length} cores, load average ${load} (other work on the machine makes these numbers noisier).`);
await mkdir(path.join(ROOT, 'bench-results'), { recursive: true });
await writeFile(
  path.join(ROOT, 'bench-results', 'explorer.json'),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), machine: { cores: os.cpus().length, loadAverage: os.loadavg() }, dist: path.relative(ROOT, DIST), specs, page, pageRuns, scales, targets }, null, 2)}\n`,
);
console.log('Written to bench-results/explorer.json');
