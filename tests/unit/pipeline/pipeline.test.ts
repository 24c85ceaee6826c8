/**
 * The whole pipeline on the fixture dataset: outputs and manifest, determinism, the switch to real
 * microdata (responses.csv), and atomicity (a failed run leaves the previous output untouched).
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../../src/lib/survey/manifest.ts';
import type { QuestionAggregates } from '../../../src/lib/survey/aggregates.ts';
import type { ResolvedCodebook } from '../../../src/lib/codebook/resolved.ts';
import { runPipeline } from '../../../scripts/data.ts';
import { FIXTURE_SURVEYS, ROOT, copyFixture, editFile, expectDataError, fileHashes, markReal, removeScratchDirs, scratchDir } from './helpers.ts';

afterAll(removeScratchDirs);

let outDir: string;
beforeAll(async () => {
  outDir = path.join(await scratchDir(), 'data');
  await runPipeline({ dataDir: FIXTURE_SURVEYS, outDir });
});
const readJson = async <T>(relative: string): Promise<T> => JSON.parse(await readFile(path.join(outDir, relative), 'utf8')) as T;

describe('pipeline outputs', () => {
  it('writes the table, codebooks, aggregates, researcher downloads and manifest', async () => {
    const files = [...(await fileHashes(outDir)).keys()];
    expect(files).toEqual([
      'manifest.json',
      'mini/README.txt',
      'mini/aggregates/dialogue_support.json',
      'mini/aggregates/eu_referendum.json',
      'mini/aggregates/safe_night.json',
      'mini/aggregates/trust_army.json',
      'mini/aggregates/trust_eulex.json',
      'mini/aggregates/trust_police.json',
      'mini/codebook.csv',
      'mini/codebook.en.json',
      'mini/codebook.sq.json',
      'mini/codebook.sr.json',
      'mini/datapackage.json',
      'mini/ddi-codebook.xml',
      'mini/mini-labels.en.R',
      'mini/mini-labels.en.do',
      'mini/mini-labels.en.sps',
      'mini/mini-labels.sq.R',
      'mini/mini-labels.sq.do',
      'mini/mini-labels.sq.sps',
      'mini/mini-labels.sr.R',
      'mini/mini-labels.sr.do',
      'mini/mini-labels.sr.sps',
      'mini/mini.csv',
      'mini/mini.parquet',
    ]);
  });

  it('lists every other file in the manifest with its true size and SHA-256', async () => {
    const manifest = await readJson<Manifest>('manifest.json');
    expect(manifest.generatedBy).toMatch(/scripts\/data\.ts/);
    const [dataset] = manifest.datasets;
    expect(dataset).toMatchObject({ id: 'mini', version: '0.1.0', synthetic: true, respondents: 2400 });
    // No disclosure control touched synthetic data, so there is none to state.
    expect(dataset?.disclosure).toBeUndefined();
    const hashes = await fileHashes(outDir);
    expect(dataset?.files.map((file) => file.path)).toEqual([...hashes.keys()].filter((file) => file !== 'manifest.json'));
    for (const file of dataset?.files ?? []) {
      const bytes = await readFile(path.join(outDir, file.path));
      expect(file.bytes).toBe(bytes.byteLength);
      expect(file.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
    const csv = dataset?.files.find((file) => file.path === 'mini/mini.csv');
    expect(csv?.table?.rows).toBe(2400);
    expect(csv?.table?.columns.slice(0, 4)).toEqual(['id', 'country', 'wave', 'gender']);
  });

  it('writes one codebook per language', async () => {
    const sq = await readJson<ResolvedCodebook>('mini/codebook.sq.json');
    const en = await readJson<ResolvedCodebook>('mini/codebook.en.json');
    expect(sq.lang).toBe('sq');
    expect(sq.dataset.title).toBe('Barometri i vogël i testit');
    expect(en.questions.find((question) => question.id === 'trust_police')?.short).toBe('Trust in the police');
  });

  it('writes aggregates only for countries and waves where the question was asked', async () => {
    const dialogue = await readJson<QuestionAggregates>('mini/aggregates/dialogue_support.json');
    expect(dialogue).toMatchObject({ question: 'dialogue_support', datasetId: 'mini', version: '0.1.0', synthetic: true, keyCodes: [3, 4] });
    expect(dialogue.countries.map((country) => country.country)).toEqual(['XK', 'RS']);
    expect(dialogue.countries[0]?.trend.cols).toEqual(['2023']);
    expect(dialogue.countries[0]?.latest.wave).toBe(2023);
    const region = dialogue.countries[1]?.latest.byDemographic.find((entry) => entry.demographic === 'region');
    expect(region?.full.cols).toEqual(['31', '32']);
    expect(region?.key.rows).toEqual([1, 0]);
  });
});

describe('determinism', () => {
  it('two runs give identical bytes in every file', async () => {
    const again = path.join(await scratchDir(), 'data');
    await runPipeline({ dataDir: FIXTURE_SURVEYS, outDir: again });
    expect(await fileHashes(again)).toEqual(await fileHashes(outDir));
  });
});

describe('real microdata', () => {
  it('replaces the generator when responses.csv exists, CRLF and BOM included', async () => {
    const { surveys, dataset } = await copyFixture();
    const generated = await readFile(path.join(outDir, 'mini', 'mini.csv'), 'utf8');
    const lines = generated.trimEnd().split('\n').slice(0, 301);
    await writeFile(path.join(dataset, 'responses.csv'), `\uFEFF${lines.join('\r\n')}\r\n`);
    await markReal(dataset);
    const target = path.join(await scratchDir(), 'data');
    const result = await runPipeline({ dataDir: surveys, outDir: target });
    expect(result.manifest.datasets[0]).toMatchObject({ synthetic: false, respondents: 300 });
    // The rules' parameters reach the manifest from the codebook, and the check counts against the minimum.
    expect(result.manifest.datasets[0]?.disclosure).toMatchObject({ mergeBelow: 10, localSuppressionMinimum: 3, keys: ['country', 'region', 'settlement', 'gender', 'age_group', 'ethnicity'] });
    expect(await readFile(path.join(target, 'mini', 'mini.csv'), 'utf8')).toBe(`${lines.join('\n')}\n`);
  });

  it('requires dataset.yaml to say synthetic: false when responses.csv exists', async () => {
    const { surveys, dataset } = await copyFixture();
    await writeFile(path.join(dataset, 'responses.csv'), await readFile(path.join(outDir, 'mini', 'mini.csv')));
    await expectDataError(() => runPipeline({ dataDir: surveys, outDir: path.join(dataset, 'out') }), { column: 'synthetic', value: 'true' });
  });
});

describe('atomicity', () => {
  it('a failing run leaves the previous output byte-identical and no temporary folder behind', async () => {
    const parent = await scratchDir();
    const target = path.join(parent, 'data');
    await runPipeline({ dataDir: FIXTURE_SURVEYS, outDir: target });
    const before = await fileHashes(target);

    const { surveys, dataset } = await copyFixture();
    const lines = (await readFile(path.join(outDir, 'mini', 'mini.csv'), 'utf8')).split('\n');
    lines[5] = lines[5]?.replace(/,[0-9.]+,(?=[0-9]+,[0-9]+,[0-9]+,[0-9]+,[0-9]+,[0-9]+$)/, ',-1,') ?? '';
    await writeFile(path.join(dataset, 'responses.csv'), lines.join('\n'));
    await markReal(dataset);

    await expectDataError(() => runPipeline({ dataDir: surveys, outDir: target }), { row: 6, column: 'weight', value: '-1' });
    expect(await fileHashes(target)).toEqual(before);
    expect(await readdir(parent)).toEqual(['data']);
  });

  it('a codebook error stops the run before anything is replaced', async () => {
    const parent = await scratchDir();
    const target = path.join(parent, 'data');
    await runPipeline({ dataDir: FIXTURE_SURVEYS, outDir: target });
    const before = await fileHashes(target);
    const { surveys, dataset } = await copyFixture();
    await editFile(path.join(dataset, 'codebook', 'scales.yaml'), '  - id: safe4\n', '  - id: trust4\n');
    await expectDataError(() => runPipeline({ dataDir: surveys, outDir: target }), { column: 'scales[1].id', value: 'trust4', reason: 'duplicate scale id' });
    expect(await fileHashes(target)).toEqual(before);
    expect(await readdir(parent)).toEqual(['data']);
  });
});

describe('the command line', () => {
  it('prints step times and sizes, and on bad input the DataError with exit status 1', async () => {
    const { execFile } = await import('node:child_process');
    const run = (args: string[]) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        execFile(process.execPath, [path.join(ROOT, 'scripts', 'data.ts'), ...args], (error, stdout, stderr) => {
          resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
        });
      });
    const target = path.join(await scratchDir(), 'data');
    const ok = await run([FIXTURE_SURVEYS, target]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/\[data\] mini: parse \+ validate CSV \d+ ms/);
    expect(ok.stdout).toMatch(/\[data\] mini\/mini\.parquet: [\d.]+ kB/);

    const { surveys, dataset } = await copyFixture();
    await editFile(path.join(dataset, 'codebook', 'questions', '01-safety.yaml'), 'scale: safe4', 'scale: safe5');
    const failed = await run([surveys, target]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('01-safety.yaml: line 4, column "questions[0].scale", value "safe5": no scale with this id');
  });
});
