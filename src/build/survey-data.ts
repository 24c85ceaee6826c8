/**
 * Build-time access to the pipeline's outputs under public/data/: the manifest, the resolved codebook
 * per language and the aggregates per question. Pages call these from their frontmatter and
 * getStaticPaths; every file is read once per build (the results are cached) and checked for the
 * shape the pages rely on, so a stale or missing file stops the build with a message that says what to
 * run. Node only (node:fs): never import this from browser code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { ResolvedCodebook, ResolvedQuestion } from '../lib/codebook/resolved.ts';
import { dataPaths, PUBLIC_DATA_DIR } from '../lib/data-layout.ts';
import type { Lang } from '../lib/i18n-langs.ts';
import type { QuestionAggregates } from '../lib/survey/aggregates.ts';
import { ManifestDisclosure, type Manifest, type ManifestDataset } from '../lib/survey/manifest.ts';
import { DataError } from '../../scripts/lib/data-error.ts';
import { displayPath } from '../../scripts/lib/display-path.ts';
import { parseSource } from '../../scripts/lib/yaml-source.ts';

/** The survey the portal's indicator pages are built from. */
export const SURVEY_DATASET_ID = 'wbsb';

/** public/data, resolved from the project root (Astro and the tests run from there). */
export function dataDir(): string {
  return resolve(process.cwd(), ...PUBLIC_DATA_DIR);
}

const cache = new Map<string, unknown>();

function readJson(relativePath: string): unknown {
  const cached = cache.get(relativePath);
  if (cached !== undefined) return cached;
  const file = join(dataDir(), relativePath);
  if (!existsSync(file)) {
    throw new Error(`${file} is missing. Run \`npm run data\` to generate public/data before building the site.`);
  }
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  cache.set(relativePath, parsed);
  return parsed;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(file: string, what: string): never {
  throw new Error(`public/data/${file}: ${what}. Regenerate it with \`npm run data\`.`);
}

/** The parts of the manifest that pages turn into sentences, checked before any page states them. */
const CheckedManifest = z.object({
  datasets: z.array(z.object({
    id: z.string(),
    synthetic: z.boolean(),
    respondents: z.number().int().min(0).optional(),
    disclosure: ManifestDisclosure.optional(),
  })),
});

/**
 * Checks a manifest's datasets: a survey of real respondents carries its disclosure control, every
 * rule parameter present and well formed (the dataset page's sentence is filled from them). A problem
 * is a DataError naming the file and the field, e.g. `datasets[0].disclosure.mergeBelow`.
 */
export function parseManifest(data: unknown, file: string): Manifest {
  const rerun = 'regenerate it with `npm run data`';
  let checked: z.infer<typeof CheckedManifest>;
  try {
    checked = parseSource({ file, data, lineOf: () => undefined }, CheckedManifest);
  } catch (error) {
    // The file is generated: say how to make it again.
    if (error instanceof DataError) throw new DataError({ file, ...(error.column === undefined ? {} : { column: error.column, value: error.value }) }, `${error.reason}; ${rerun}`);
    throw error;
  }
  checked.datasets.forEach((dataset, index) => {
    if (dataset.respondents !== undefined && !dataset.synthetic && dataset.disclosure === undefined) {
      throw new DataError({ file, column: `datasets[${index}].disclosure`, value: undefined }, `the real survey "${dataset.id}" has no disclosure control; ${rerun}`);
    }
  });
  return data as Manifest;
}

let checkedManifest: Manifest | undefined;

/** public/data/manifest.json, checked once per build (every page that states its figures reads it). */
export function readManifest(): Manifest {
  if (checkedManifest) return checkedManifest;
  const file = dataPaths.manifest;
  const data = readJson(file);
  if (!isRecord(data) || !Array.isArray(data['datasets'])) fail(file, 'expected an object with a "datasets" list');
  checkedManifest = parseManifest(data, displayPath(join(dataDir(), file)));
  return checkedManifest;
}

/** The manifest entry of one dataset. */
export function readManifestDataset(datasetId: string = SURVEY_DATASET_ID): ManifestDataset {
  const dataset = readManifest().datasets.find((entry) => entry.id === datasetId);
  if (!dataset) fail(dataPaths.manifest, `no dataset "${datasetId}"`);
  return dataset;
}

/** public/data/<dataset>/codebook.<lang>.json: the codebook in one language, every reference resolved. */
export function readCodebook(lang: Lang, datasetId: string = SURVEY_DATASET_ID): ResolvedCodebook {
  const file = dataPaths.codebook(datasetId, lang);
  const data = readJson(file);
  if (!isRecord(data) || data['lang'] !== lang) fail(file, `expected a codebook in "${lang}"`);
  for (const key of ['dataset', 'modules', 'questions', 'demographics', 'missing']) {
    if (!(key in data)) fail(file, `missing "${key}"`);
  }
  return data as unknown as ResolvedCodebook;
}

/** One question of the codebook in a language; throws when the id is unknown. */
export function readQuestion(lang: Lang, questionId: string, datasetId: string = SURVEY_DATASET_ID): ResolvedQuestion {
  const question = readCodebook(lang, datasetId).questions.find((q) => q.id === questionId);
  if (!question) fail(dataPaths.codebook(datasetId, lang), `no question "${questionId}"`);
  return question;
}

/** Ids of every question, in codebook order (the same in every language). */
export function questionIds(datasetId: string = SURVEY_DATASET_ID): string[] {
  return readCodebook('en', datasetId).questions.map((q) => q.id);
}

/** public/data/<dataset>/aggregates/<question>.json: the question's build-time tables. */
export function readAggregates(questionId: string, datasetId: string = SURVEY_DATASET_ID): QuestionAggregates {
  const file = dataPaths.aggregates(datasetId, questionId);
  const data = readJson(file);
  if (!isRecord(data) || data['question'] !== questionId) fail(file, `expected the aggregates of "${questionId}"`);
  const countries = data['countries'];
  if (!Array.isArray(countries)) fail(file, 'expected a "countries" list');
  for (const country of countries) {
    if (!isRecord(country) || !isRecord(country['trendKey']) || !isRecord(country['trend']) || !isRecord(country['latest'])) {
      fail(file, 'every country needs "trend", "trendKey" and "latest"');
    }
  }
  return data as unknown as QuestionAggregates;
}

/** The aggregates of every question, keyed by id, for lists that show a figure per indicator. */
export function readAllAggregates(datasetId: string = SURVEY_DATASET_ID): Map<string, QuestionAggregates> {
  return new Map(questionIds(datasetId).map((id) => [id, readAggregates(id, datasetId)]));
}
