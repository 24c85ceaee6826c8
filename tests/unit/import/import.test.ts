/**
 * The import of the platform's export (npm run import:wbsb) on a small export the test writes itself:
 * the coded microdata and codebook it writes, computed here by hand; byte-identical re-runs; disclosure
 * control; and the bad inputs that must stop it with file, row, column and value, leaving the previous
 * sources untouched.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { suppressRare } from '../../../scripts/import/wbsb/disclosure.ts';
import { importExport } from '../../../scripts/import/wbsb/main.ts';
import { expectDataError, fileHashes } from '../pipeline/helpers.ts';
import { ROOT, importScratch, tablesCopy, windows1252, writeExport } from './export-fixture.ts';

const scratches: string[] = [];
afterEach(async () => {
  await Promise.all(scratches.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});
async function scratch() {
  const dirs = await importScratch();
  scratches.push(dirs.root);
  return dirs;
}
const run = (dirs: { exportDir: string; mapDir: string; outDir: string }) => importExport(dirs);

describe('import of a good export', () => {
  it('writes the coded microdata, one row per respondent, codes as computed by hand', async () => {
    const dirs = await scratch();
    const result = await run(dirs);
    expect(result.respondents).toEqual({ AL: 3, XK: 4 });
    const csv = await readFile(path.join(dirs.outDir, 'responses.csv'), 'utf8');
    expect(csv.trimEnd().split('\n')).toEqual([
      'id,country,wave,gender,age_group,ethnicity,region,settlement,weight,trust_police,trust_ksf,eu_support,eu_why',
      'AL-0001,1,2021,2,1,1,1,1,1,3,97,1,97',
      'AL-0002,1,2021,1,2,1,1,1,1,2,97,99,97',
      'AL-0003,1,2021,1,2,1,1,2,1,1,97,2,97',
      'XK-0001,2,2021,2,1,20,21,1,1,2,3,1,1',
      'XK-0002,2,2021,1,2,2,21,2,1,3,1,2,97',
      'XK-0003,2,2021,1,2,2,21,1,1,1,98,1,2',
      'XK-0004,2,2021,2,1,20,21,1,1,3,3,1,1',
    ]);
  });

  it('merges rare ethnic groups and never writes the municipality, the exact age or open answers', async () => {
    const dirs = await scratch();
    const result = await run(dirs);
    expect(result.merges).toEqual([{ country: 'XK', demographic: 'ethnicity', merged: [{ code: 1, respondents: 1 }, { code: 4, respondents: 1 }], into: 20 }]);
    expect(result.k).toBe(1);
    const csv = await readFile(path.join(dirs.outDir, 'responses.csv'), 'utf8');
    for (const withheld of ['Podujeva', 'Kamez', 'Pristina', 'Roads', 'Crime', 'municipality', '18-35']) expect(csv).not.toContain(withheld);
    const demographics = parse(await readFile(path.join(dirs.outDir, 'codebook', 'demographics.yaml'), 'utf8')) as { demographics: { id: string; values: { code: number; countries?: string[] }[] }[] };
    const ethnicity = demographics.demographics.find((d) => d.id === 'ethnicity');
    // Turks were merged away in Kosovo and never present in Albania, so the value is not published.
    expect(ethnicity?.values.map((v) => [v.code, v.countries])).toEqual([[1, ['AL']], [2, ['XK']], [20, ['XK']]]);
  });

  it('records the parameters of the disclosure rules it applied in the codebook, for the dataset page', async () => {
    const dirs = await scratch();
    const read = async () => parse(await readFile(path.join(dirs.outDir, 'codebook', 'demographics.yaml'), 'utf8')) as { demographics: { id: string; mergeBelow?: number }[]; localSuppression?: { minimum: number } };
    await run(dirs);
    const without = await read();
    expect(without.demographics.map((d) => [d.id, d.mergeBelow])).toEqual([['gender', undefined], ['age_group', undefined], ['ethnicity', 2], ['region', undefined], ['settlement', undefined]]);
    expect(without.localSuppression).toBeUndefined();
    const map = path.join(dirs.mapDir, 'demographics.yaml');
    await writeFile(map, `${await readFile(map, 'utf8')}localSuppression:\n  keys: [region, gender, ethnicity]\n  minimum: 2\n  suppress: [{ id: region, code: 90 }]\n`);
    const result = await run(dirs);
    expect((await read()).localSuppression).toEqual({ keys: ['region', 'gender', 'ethnicity'], minimum: 2 });
    expect(result.keys).toEqual(['region', 'gender', 'ethnicity']);
    expect(result.inSmallGroups?.minimum).toBe(2);
  });

  it('writes the codebook with countries, follow-ups, and whose words each text is', async () => {
    const dirs = await scratch();
    await run(dirs);
    const files = (await readdir(path.join(dirs.outDir, 'codebook', 'questions'))).sort();
    expect(files).toEqual(['01-trust.yaml', '02-eu.yaml']);
    const trust = parse(await readFile(path.join(dirs.outDir, 'codebook', 'questions', '01-trust.yaml'), 'utf8')) as { questions: Record<string, unknown>[] };
    const [police, ksf] = trust.questions;
    expect(police).toMatchObject({ id: 'trust_police', scale: 'trust3', countries: ['AL', 'XK'], key: { codes: [3] } });
    expect(police?.origin).toEqual({
      AL: { sq: 'questionnaire', en: 'questionnaire', sr: 'questionnaire' },
      XK: { sq: 'questionnaire', en: 'questionnaire', sr: 'questionnaire' },
    });
    expect(ksf).toMatchObject({ id: 'trust_ksf', countries: ['XK'], origin: { XK: { sq: 'portal', en: 'portal', sr: 'portal' } } });
    const eu = parse(await readFile(path.join(dirs.outDir, 'codebook', 'questions', '02-eu.yaml'), 'utf8')) as { questions: Record<string, unknown>[] };
    expect(eu.questions.map((q) => [q.id, q.askedOfSubset ?? false])).toEqual([['eu_support', false], ['eu_why', true]]);
  });

  it('writes byte-identical files when run again on the same export', async () => {
    const dirs = await scratch();
    await run(dirs);
    const first = await fileHashes(dirs.outDir);
    await run(dirs);
    expect(await fileHashes(dirs.outDir)).toEqual(first);
  });
});

describe('bad exports stop the import, and the previous sources stay', () => {
  async function breakAndExpect(edit: (tables: ReturnType<typeof tablesCopy>) => void, expected: Parameters<typeof expectDataError>[1]) {
    const dirs = await scratch();
    await run(dirs);
    const before = await fileHashes(dirs.outDir);
    const tables = tablesCopy();
    edit(tables);
    await writeExport(dirs.exportDir, tables);
    // Messages name export files by their path.
    await expectDataError(() => run(dirs), { ...expected, ...(expected.file ? { file: path.join(dirs.exportDir, expected.file) } : {}) });
    expect(await fileHashes(dirs.outDir)).toEqual(before);
    return dirs;
  }

  it('an unknown label names file, row, column and value', async () => {
    await breakAndExpect((t) => { t['Kosovo-ENG.csv']![1]![8] = 'Trusty'; }, { file: 'Kosovo-ENG.csv', row: 2, column: 'How much do you trust the Police', value: 'Trusty', reason: 'unknown label' });
  });

  it('a label file whose answers do not follow the English file (misaligned columns)', async () => {
    await breakAndExpect((t) => { t['Kosovo-ALB.csv']![2]![8] = 'Nuk kam besim'; }, { file: 'Kosovo-ALB.csv', row: 3, column: 'Sa i besoni Policise', value: 'Nuk kam besim', reason: 'not aligned' });
  });

  it('a ragged row', async () => {
    await breakAndExpect((t) => { t['Albania-SRB.csv']![3]!.pop(); }, { file: 'Albania-SRB.csv', row: 4, reason: 'ragged row' });
  });

  it('a column the map does not know', async () => {
    await breakAndExpect((t) => { for (const row of t['Albania-ENG.csv']!) row.push(row === t['Albania-ENG.csv']![0] ? 'A new question?' : 'Yes'); }, { file: 'Albania-ENG.csv', column: 'A new question?', reason: 'in no question of the map' });
  });

  it('a file saved as UTF-8 instead of the code page', async () => {
    const dirs = await scratch();
    await writeFile(path.join(dirs.exportDir, 'Kosovo-ALB.csv'), 'Rajoni,Komuna\nPrishtinë,Prishtinë\n');
    await expectDataError(() => run(dirs), { file: path.join(dirs.exportDir, 'Kosovo-ALB.csv'), reason: 'UTF-8' });
  });

  it('a byte the code page leaves undefined', async () => {
    const dirs = await scratch();
    const bytes = Buffer.concat([windows1252('Region,Gender\nPristina,'), Buffer.from([0x81]), windows1252('\n')]);
    await writeFile(path.join(dirs.exportDir, 'Kosovo-ENG.csv'), bytes);
    await expectDataError(() => run(dirs), { file: path.join(dirs.exportDir, 'Kosovo-ENG.csv'), row: 2, value: '\\x81', reason: 'windows-1252' });
  });

  it('a map scale whose key answer is not one of its labels', async () => {
    const dirs = await scratch();
    const file = path.join(dirs.mapDir, 'questions', '01-trust.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('answers: ["Trust"]', 'answers: ["Trusted"]'));
    await expectDataError(() => run(dirs), { file: file, line: 9, column: 'questions[0].key.answers[0]', value: 'Trusted' });
  });
});

const REAL_EXPORT = path.join(ROOT, '..', 'shared', 'data', 'wbsb-2021');
describe.runIf(existsSync(REAL_EXPORT))('the committed sources against the real export', () => {
  it('re-importing ../shared/data/wbsb-2021 gives exactly the committed codebook and responses.csv', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'import-real-'));
    scratches.push(root);
    const dataset = path.join(ROOT, 'data', 'surveys', 'wbsb');
    await cp(path.join(dataset, 'dataset.yaml'), path.join(root, 'dataset.yaml'));
    await importExport({ exportDir: REAL_EXPORT, mapDir: path.join(dataset, 'import-2021'), outDir: root });
    const committed = await fileHashes(dataset);
    const fresh = await fileHashes(root);
    for (const [file, hash] of fresh) expect({ file, hash }).toEqual({ file, hash: committed.get(file) });
  }, 60_000);
});

describe('local suppression of non-majority respondents', () => {
  // Eight respondents: six of the majority (1) and two of a minority (2), one of them alone on region.
  const rows = 8;
  const columns = () => new Map<string, Int32Array>([
    ['region', Int32Array.from([1, 1, 1, 2, 2, 2, 1, 2])],
    ['gender', Int32Array.from([1, 1, 2, 2, 1, 1, 1, 1])],
    ['ethnicity', Int32Array.from([1, 1, 1, 1, 1, 1, 2, 2])],
  ]);
  const rule = { keys: ['region', 'gender', 'ethnicity'], minimum: 2, suppress: [{ id: 'region', code: 90 }] };

  it('suppresses the region of the minority members of a too small group, all in one group, and leaves the majority alone', () => {
    const data = columns();
    const report = suppressRare(data, rows, rule);
    // Both minority men were alone on their region (1 and 2): both lose it, and now share region 90.
    expect(Array.from(data.get('region') ?? [])).toEqual([1, 1, 1, 2, 2, 2, 90, 90]);
    expect(report.suppressed).toEqual([{ id: 'region', respondents: 2 }]);
  });

  it('changes nothing when every minority group is large enough', () => {
    const data = columns();
    const report = suppressRare(data, rows, { ...rule, minimum: 1 });
    expect(Array.from(data.get('region') ?? [])).toEqual([1, 1, 1, 2, 2, 2, 1, 2]);
    expect(report.suppressed).toEqual([{ id: 'region', respondents: 0 }]);
  });
});
