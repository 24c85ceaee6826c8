/**
 * The published figures as the pipeline writes them (representation.json, representation-figures.csv
 * and .parquet, datapackage.json): every figure of figures.csv is there with its source, and every
 * conflict group keeps all its figures and values. Fails if a figure lost its source or a conflict
 * were collapsed anywhere between the source file and the downloads.
 */
import { absoluteUrl } from '../../../src/lib/site.ts';
import { cp, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import datapackage from 'datapackage';
import { parquetReadObjects } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../../scripts/data.ts';
import { parseCsv } from '../../../scripts/library/csv.ts';
import type { RepresentationDatasetWithFigures } from '../../../src/lib/representation/figures-dataset.ts';
import { editFile, expectDataError, FIXTURE_SURVEYS, fileHashes, ROOT, removeScratchDirs, scratchDir } from '../pipeline/helpers.ts';

const SOURCE = path.join(ROOT, 'data', 'representation', 'figures', 'figures.csv');
type Row = Record<string, string>;

function rows(text: string): Row[] {
  const table = parseCsv(text, 'csv');
  return table.records.map((record) => Object.fromEntries(table.header.map((name, index) => [name, record.values[index] ?? ''])));
}

let outDir: string;
let source: Row[];
let json: RepresentationDatasetWithFigures;
let csv: Row[];
let parquet: Record<string, unknown>[];

beforeAll(async () => {
  outDir = path.join(await scratchDir('representation-figures-'), 'data');
  await runPipeline({ dataDir: FIXTURE_SURVEYS, outDir, representationDir: path.join(ROOT, 'data', 'representation') });
  source = rows(await readFile(SOURCE, 'utf8'));
  json = JSON.parse(await readFile(path.join(outDir, 'representation', 'representation.json'), 'utf8')) as RepresentationDatasetWithFigures;
  csv = rows(await readFile(path.join(outDir, 'representation', 'representation-figures.csv'), 'utf8'));
  const bytes = await readFile(path.join(outDir, 'representation', 'representation-figures.parquet'));
  parquet = (await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) })) as Record<string, unknown>[];
});
afterAll(removeScratchDirs);

/** The address a source row's figure must carry out: its own, else its publication's, else the publication's page on the portal. */
function expectedUrl(row: Row): string {
  const publication = json.publications.find((candidate) => candidate.id === row['publication']);
  return row['source_url'] || publication?.url || absoluteUrl(`/en/publications/${row['publication'] ?? ''}/`);
}

describe('the published figures in the representation outputs', () => {
  it('are all in representation.json, each with its publisher and source', () => {
    expect(json.figures.map((figure) => figure.figureId)).toEqual(source.map((row) => row['figure_id']));
    json.figures.forEach((figure, index) => {
      const row = source[index] ?? {};
      expect(figure.publisher, figure.figureId).toBe(row['publisher']);
      expect(figure.sourceUrl ?? figure.publication, figure.figureId).toBe(row['source_url'] || row['publication']);
      if (figure.publication !== undefined) expect(json.publications.map((publication) => publication.id)).toContain(figure.publication);
    });
  });

  it('are all in the CSV and Parquet tables, with a source address on every row', () => {
    const cell = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
    for (const table of [csv, parquet.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, cell(value)])))]) {
      expect(table.map((row) => row['figure_id'])).toEqual(source.map((row) => row['figure_id']));
      table.forEach((row, index) => {
        const from = source[index] ?? {};
        expect(row['source_url'], row['figure_id']).toBe(expectedUrl(from));
        expect(row['publisher'], row['figure_id']).toBe(from['publisher']);
        expect([row['value'], row['qualifier'], row['value_text']], row['figure_id']).toEqual([String(Number(from['value'])), from['qualifier'], from['value_text']]);
      });
    }
  });

  it('keep every conflict group whole: every figure and every value, in every output', () => {
    const groups = [...new Set(source.map((row) => row['conflict_group']).filter((group): group is string => group !== undefined && group !== ''))];
    expect(groups.length).toBeGreaterThanOrEqual(4);
    const sides = (table: readonly Row[], group: string) => table.filter((row) => row['conflict_group'] === group).map((row) => `${row['figure_id']}=${row['qualifier']} ${Number(row['value'])}`);
    for (const group of groups) {
      const expected = sides(source, group);
      expect(new Set(expected.map((side) => side.split('=')[1])).size, group).toBeGreaterThanOrEqual(2);
      expect(sides(csv, group), group).toEqual(expected);
      const fromJson = json.figures.filter((figure) => figure.conflictGroup === group).map((figure) => `${figure.figureId}=${figure.qualifier ?? ''} ${figure.value}`);
      expect(fromJson, group).toEqual(expected);
    }
  });

  it('are a valid second resource of datapackage.json, whose sources list every source address', async () => {
    const file = path.join(outDir, 'representation', 'datapackage.json');
    const loaded = await datapackage.Package.load(file);
    expect(loaded.valid, JSON.stringify(loaded.errors)).toBe(true);
    const resource = loaded.resources.find((candidate: { name: string }) => candidate.name === 'representation-figures');
    expect(await resource?.read()).toHaveLength(source.length);
    const descriptor = JSON.parse(await readFile(file, 'utf8')) as { sources: { path: string }[] };
    const listed = new Set(descriptor.sources.map((entry) => entry.path));
    for (const row of source) expect(listed.has(expectedUrl(row)), row['figure_id']).toBe(true);
  });

  it('are listed in the manifest as downloads of the representation dataset', async () => {
    const manifest = JSON.parse(await readFile(path.join(outDir, 'manifest.json'), 'utf8')) as { datasets: { id: string; files: { path: string; table?: { rows: number } }[] }[] };
    const files = manifest.datasets.find((dataset) => dataset.id === 'representation')?.files ?? [];
    expect(files.find((entry) => entry.path === 'representation/representation-figures.csv')?.table?.rows).toBe(source.length);
    expect(files.map((entry) => entry.path)).toContain('representation/representation-figures.parquet');
  });
});

describe('a bad figure', () => {
  it('stops the run with file, row, column and value, and leaves the previous output as it was', async () => {
    const copy = await scratchDir('representation-figures-copy-');
    for (const folder of ['representation', 'publications']) await cp(path.join(ROOT, 'data', folder), path.join(copy, folder), { recursive: true });
    const file = path.join(copy, 'representation', 'figures', 'figures.csv');
    await editFile(file, 'B01-1,B01,kp,non-majority,staff,all,16,about,', 'B01-1,B01,kp,non-majority,staff,all,about 16,,');
    const before = await fileHashes(outDir);
    const error = await expectDataError(() => runPipeline({ dataDir: FIXTURE_SURVEYS, outDir, representationDir: path.join(copy, 'representation') }), { row: 1, column: 'value', value: 'about 16', reason: 'must be a plain number' });
    expect(error.file).toMatch(/figures\/figures\.csv$/u);
    expect(await fileHashes(outDir)).toEqual(before);
    expect((await readdir(path.dirname(outDir))).filter((name) => name !== 'data')).toEqual([]);
  });
});
