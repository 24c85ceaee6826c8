/**
 * The download files as the pipeline writes them, on the fixture survey ("mini") and the real
 * representation tables: datapackage.json valid against the Frictionless profile with the codebook's
 * codes as enums (and the data obeying them), codebook.csv complete, README, the representation
 * dataset's files and manifest entry, and a bad representation row stopping the run untouched.
 */
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import datapackage from 'datapackage';
import { parquetReadObjects } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResolvedCodebook } from '../../../src/lib/codebook/resolved.ts';
import type { Manifest } from '../../../src/lib/survey/manifest.ts';
import { runPipeline } from '../../../scripts/data.ts';
import { parseCsv as parseRecords } from '../../../scripts/lib/csv-parse.ts';
import { expectDataError, FIXTURE_SURVEYS, fileHashes, removeScratchDirs, scratchDir } from '../pipeline/helpers.ts';
import { ROOT } from './fixtures.ts';

const REPRESENTATION = path.join(ROOT, 'data', 'representation');

/** Header and rows of a CSV text. */
function parseCsv(csv: string, file: string): { header: string[]; rows: string[][] } {
  const [header, ...rows] = parseRecords(csv, file).map((record) => record.fields);
  return { header: header ?? [], rows };
}
let outDir: string;
let manifest: Manifest;
const json = async <T>(relative: string): Promise<T> => JSON.parse(await readFile(path.join(outDir, relative), 'utf8')) as T;
const text = (relative: string) => readFile(path.join(outDir, relative), 'utf8');

beforeAll(async () => {
  outDir = path.join(await scratchDir(), 'data');
  await runPipeline({ dataDir: FIXTURE_SURVEYS, outDir, representationDir: REPRESENTATION });
  manifest = await json<Manifest>('manifest.json');
});
afterAll(removeScratchDirs);

describe('datapackage.json of a survey', () => {
  it('is a valid Tabular Data Package whose enums are the codebook\'s valid codes', async () => {
    const descriptor = await json<Record<string, unknown>>('mini/datapackage.json');
    const loaded = await datapackage.Package.load(descriptor, { basePath: path.join(outDir, 'mini') });
    expect(loaded.errors.map((error) => error.message)).toEqual([]);
    expect(loaded.valid).toBe(true);
    expect(descriptor['profile']).toBe('tabular-data-package');
    expect(descriptor['licenses']).toEqual([{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0 International' }]);

    const codebook = await json<ResolvedCodebook>('mini/codebook.en.json');
    const resources = descriptor['resources'] as { name: string; path: string; bytes: number; hash: string; schema: { fields: { name: string; type: string; constraints?: { enum?: number[] } }[]; missingValues: string[] } }[];
    const data = resources[0];
    expect(data?.schema.missingValues).toEqual(['', ...codebook.missing.map((value) => String(value.code))]);
    for (const question of codebook.questions) {
      expect(data?.schema.fields.find((f) => f.name === question.id)?.constraints?.enum, question.id).toEqual(question.values.map((value) => value.code));
    }
    for (const demographic of codebook.demographics) {
      expect(data?.schema.fields.find((f) => f.name === demographic.id)?.constraints?.enum, demographic.id).toEqual(demographic.values.map((value) => value.code));
    }
    const csv = manifest.datasets[0]?.files.find((file) => file.path === 'mini/mini.csv');
    expect(data).toMatchObject({ path: 'mini.csv', bytes: csv?.bytes, hash: `sha256:${csv?.sha256}` });
    expect(data?.schema.fields.map((field) => field.name)).toEqual(csv?.table?.columns);
  });

  it('describes data that obey it, and rejects a code outside the enum', async () => {
    const loaded = await datapackage.Package.load(path.join(outDir, 'mini', 'datapackage.json'));
    const rows = await loaded.resources[0]?.read({ keyed: true });
    expect(rows).toHaveLength(manifest.datasets[0]?.respondents ?? -1);
    expect(rows?.some((row) => row['trust_eulex'] === null)).toBe(true); // 97 "not asked" outside Kosovo reads as missing

    const broken = path.join(await scratchDir(), 'mini');
    await cp(path.join(outDir, 'mini'), broken, { recursive: true });
    const lines = (await text('mini/mini.csv')).split('\n');
    const header = lines[0]?.split(',') ?? [];
    const cells = lines[1]?.split(',') ?? [];
    cells[header.indexOf('trust_police')] = '7';
    lines[1] = cells.join(',');
    await writeFile(path.join(broken, 'mini.csv'), lines.join('\n'));
    const again = await datapackage.Package.load(path.join(broken, 'datapackage.json'));
    await expect(again.resources[0]?.read({ keyed: true })).rejects.toThrow();
  });
});

describe('codebook.csv', () => {
  it('has one row per variable and value, with the labels of the three languages', async () => {
    const table = parseCsv(await text('mini/codebook.csv'), 'codebook.csv');
    const codebooks = { sq: await json<ResolvedCodebook>('mini/codebook.sq.json'), en: await json<ResolvedCodebook>('mini/codebook.en.json'), sr: await json<ResolvedCodebook>('mini/codebook.sr.json') };
    const missing = codebooks.en.missing.length;
    const expected = 2 + codebooks.en.demographics.reduce((sum, d) => sum + d.values.length, 0) + codebooks.en.questions.reduce((sum, q) => sum + q.values.length + missing, 0);
    expect(table.rows).toHaveLength(expected);
    const column = (name: string) => table.header.indexOf(name);
    const question = codebooks.en.questions[0];
    const rows = table.rows.filter((row) => row[column('variable')] === question?.id);
    for (const lang of ['sq', 'en', 'sr'] as const) {
      const q = codebooks[lang].questions.find((candidate) => candidate.id === question?.id);
      expect(rows.map((row) => row[column(`value_label_${lang}`)])).toEqual([...(q?.values ?? []), ...codebooks[lang].missing].map((value) => value.label));
      expect(rows[0]?.[column(`question_${lang}`)]).toBe(q?.wording);
    }
    expect(rows.map((row) => row[column('missing')])).toEqual([...(question?.values ?? []).map(() => 'false'), ...codebooks.en.missing.map(() => 'true')]);
  });
});

describe('README.txt', () => {
  it('carries the citation in three languages, the licence and the synthetic notice', async () => {
    const readme = await text('mini/README.txt');
    const flat = readme.replace(/\s+/g, ' ');
    expect(flat).toContain('SYNTHETIC DEMONSTRATION DATA');
    expect(flat).toContain('CC-BY-4.0');
    for (const lang of ['sq', 'en', 'sr'] as const) {
      const { title, publisher, version, changelog } = (await json<ResolvedCodebook>(`mini/codebook.${lang}.json`)).dataset;
      const year = changelog.find((entry) => entry.version === version)?.date.slice(0, 4);
      expect(flat).toContain(`${publisher}. (${year}). ${title}`);
    }
  });
});

describe('the representation dataset', () => {
  it('is in the manifest with its tables, JSON, datapackage.json and README', () => {
    const entry = manifest.datasets.find((dataset) => dataset.id === 'representation');
    expect(entry?.synthetic).toBe(false);
    expect(entry?.files.map((file) => file.path)).toEqual([
      'representation/README.txt', 'representation/datapackage.json', 'representation/representation-figures.csv',
      'representation/representation-figures.parquet', 'representation/representation.csv',
      'representation/representation.json', 'representation/representation.parquet',
    ]);
    expect(manifest.datasets.map((dataset) => dataset.id)).toEqual(['mini', 'representation']);
  });

  it('holds the same rows in Parquet and CSV as the source table', async () => {
    const source = parseCsv(await readFile(path.join(REPRESENTATION, 'ksf-gender-by-rank.csv'), 'utf8'), 'source');
    const bytes = await readFile(path.join(outDir, 'representation', 'representation.parquet'));
    const parquet = await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
    const csv = parseCsv(await text('representation/representation.csv'), 'csv');
    expect(parquet).toHaveLength(source.rows.length);
    expect(csv.rows).toHaveLength(source.rows.length);
    const shareOf = (row: readonly string[], header: readonly string[]) => Number(row[header.indexOf('share')]);
    expect(parquet.map((row): unknown => (row as Record<string, unknown>)['share'])).toEqual(source.rows.map((row) => shareOf(row, source.header)));
    expect(csv.rows.map((row) => shareOf(row, csv.header))).toEqual(source.rows.map((row) => shareOf(row, source.header)));
    expect(parquet[0]).toMatchObject({ institution: 'ksf', rank: 'general', rank_order: 1, rank_label_en: 'General', group: 'women', count: null });
    const loaded = await datapackage.Package.load(path.join(outDir, 'representation', 'datapackage.json'));
    expect(loaded.valid).toBe(true);
    expect(await loaded.resources[0]?.read()).toHaveLength(source.rows.length);
  });

  it('stops the run on a bad row and leaves the previous output as it was', async () => {
    const copy = await scratchDir('representation-copy-');
    for (const folder of ['representation', 'publications', 'programmes']) await cp(path.join(ROOT, 'data', folder), path.join(copy, folder), { recursive: true });
    const file = path.join(copy, 'representation', 'ksf-gender-by-rank.csv');
    await writeFile(file, (await readFile(file, 'utf8')).replace('ksf,2023,colonel,2,gender,women,3,', 'ksf,2023,colonel,2,gender,women,130,'));
    const before = await fileHashes(outDir);
    await expectDataError(() => runPipeline({ dataDir: FIXTURE_SURVEYS, outDir, representationDir: path.join(copy, 'representation') }), { reason: 'value "130": must be at most 100' });
    expect(await fileHashes(outDir)).toEqual(before);
    expect((await readdir(path.dirname(outDir))).filter((name) => name !== 'data')).toEqual([]);
  });
});
