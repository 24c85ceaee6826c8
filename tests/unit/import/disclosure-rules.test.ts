/**
 * The disclosure rules' parameters have one home, the import map (data/surveys/wbsb/import-2021/
 * demographics.yaml: the ethnicity's `mergeBelow`, `localSuppression.minimum`). The import records
 * them in the codebook and the pipeline passes them to manifest.json: these tests follow the numbers
 * along that path, and check that a missing or malformed parameter stops the data run (codebook) or
 * the site build (manifest) with a DataError naming file and field.
 */
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseManifest } from '../../../src/build/survey-data.ts';
import { disclosureRules } from '../../../src/lib/survey/disclosure.ts';
import type { Manifest, ManifestDisclosure } from '../../../src/lib/survey/manifest.ts';
import { displayPath } from '../../../scripts/lib/display-path.ts';
import { loadCodebook } from '../../../scripts/survey/load-codebook.ts';
import { editFile, expectDataError, FIXTURE_DATASET } from '../pipeline/helpers.ts';
import { ROOT } from './export-fixture.ts';

const DATASET = path.join(ROOT, 'data', 'surveys', 'wbsb');
const MAP = parse(readFileSync(path.join(DATASET, 'import-2021', 'demographics.yaml'), 'utf8')) as {
  demographics: { id: string; mergeBelow?: number }[];
  localSuppression: { minimum: number };
};
const MAP_MERGE_BELOW = MAP.demographics.find((d) => d.id === 'ethnicity')?.mergeBelow;
const MAP_MINIMUM = MAP.localSuppression.minimum;
const MANIFEST_FILE = path.join(ROOT, 'public', 'data', 'manifest.json');
const manifest = (): Manifest => JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as Manifest;
const published = (): ManifestDisclosure => {
  const disclosure = manifest().datasets.find((d) => d.id === 'wbsb')?.disclosure;
  if (!disclosure) throw new Error('public/data/manifest.json has no disclosure for wbsb: run `npm run data`');
  return disclosure;
};

const scratches: string[] = [];
afterAll(async () => {
  await Promise.all(scratches.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('the rules\' parameters on their way from the import map to the page', () => {
  it('the import map holds them', () => {
    expect(MAP_MERGE_BELOW).toBeTypeOf('number');
    expect(MAP_MINIMUM).toBeTypeOf('number');
  });

  it('the codebook the import wrote records the map\'s values', async () => {
    const { sources } = await loadCodebook(DATASET);
    expect(disclosureRules(sources)).toEqual({ mergeBelow: MAP_MERGE_BELOW, localSuppressionMinimum: MAP_MINIMUM });
  });

  it('synthetic data record no rules, and get no disclosure paragraph', async () => {
    const { sources } = await loadCodebook(FIXTURE_DATASET);
    expect(sources.dataset.synthetic).toBe(true);
    expect(disclosureRules(sources)).toBeUndefined();
  });

  it('manifest.json carries the map\'s values, and the check says the rule held', () => {
    const disclosure = published();
    expect(disclosure.mergeBelow).toBe(MAP_MERGE_BELOW);
    expect(disclosure.localSuppressionMinimum).toBe(MAP_MINIMUM);
    expect(disclosure.kNonMajority).toBeGreaterThanOrEqual(MAP_MINIMUM);
  });
});

describe('a missing or malformed parameter stops the data run (codebook/demographics.yaml)', () => {
  async function editedCodebook(from: string, to: string): Promise<{ dataset: string; file: string }> {
    const root = await mkdtemp(path.join(os.tmpdir(), 'disclosure-rules-'));
    scratches.push(root);
    const dataset = path.join(root, 'wbsb');
    await cp(path.join(DATASET, 'dataset.yaml'), path.join(dataset, 'dataset.yaml'));
    await cp(path.join(DATASET, 'codebook'), path.join(dataset, 'codebook'), { recursive: true });
    const file = path.join(dataset, 'codebook', 'demographics.yaml');
    await editFile(file, from, to);
    return { dataset, file: displayPath(file) };
  }

  it('no localSuppression', async () => {
    const { dataset, file } = await editedCodebook('localSuppression:\n  minimum: 3\n', '');
    await expectDataError(() => loadCodebook(dataset), { file, column: 'localSuppression', reason: 'required for real microdata' });
  });

  it('a minimum that is not a whole number of at least two', async () => {
    const { dataset, file } = await editedCodebook('  minimum: 3', '  minimum: three');
    await expectDataError(() => loadCodebook(dataset), { file, column: 'localSuppression.minimum', value: 'three' });
  });

  it('no mergeBelow on the ethnicity', async () => {
    const { dataset, file } = await editedCodebook('    mergeBelow: 10\n', '');
    await expectDataError(() => loadCodebook(dataset), { file, column: 'demographics[2].mergeBelow', reason: 'required for real microdata' });
  });

  it('a mergeBelow of one, which merges nothing', async () => {
    const { dataset, file } = await editedCodebook('    mergeBelow: 10', '    mergeBelow: 1');
    await expectDataError(() => loadCodebook(dataset), { file, line: 75, column: 'demographics[2].mergeBelow', value: '1' });
  });
});

describe('a missing or malformed parameter stops the site build (public/data/manifest.json)', () => {
  const FILE = 'public/data/manifest.json';
  /** The manifest with the survey's disclosure edited. */
  function withDisclosure(edit: (disclosure: Record<string, unknown>) => void): { data: Manifest; index: number } {
    const data = manifest();
    const index = data.datasets.findIndex((d) => d.id === 'wbsb');
    const disclosure = data.datasets[index]?.disclosure as Record<string, unknown> | undefined;
    if (!disclosure) throw new Error('no disclosure to edit');
    edit(disclosure);
    return { data, index };
  }

  it('accepts the manifest the pipeline wrote', () => {
    expect(parseManifest(manifest(), FILE).datasets.find((d) => d.id === 'wbsb')?.disclosure).toEqual(published());
  });

  it('a missing mergeBelow', async () => {
    const { data, index } = withDisclosure((d) => { delete d['mergeBelow']; });
    await expectDataError(() => parseManifest(data, FILE), { file: FILE, column: `datasets[${index}].disclosure.mergeBelow`, reason: 'npm run data' });
  });

  it('a localSuppressionMinimum written as a word', async () => {
    const { data, index } = withDisclosure((d) => { d['localSuppressionMinimum'] = 'three'; });
    await expectDataError(() => parseManifest(data, FILE), { file: FILE, column: `datasets[${index}].disclosure.localSuppressionMinimum`, value: 'three' });
  });

  it('a manifest from before the parameters were recorded (the count named after its threshold)', async () => {
    const { data, index } = withDisclosure((d) => {
      d['inGroupsBelowThree'] = d['inSmallGroups'];
      delete d['inSmallGroups'];
    });
    await expectDataError(() => parseManifest(data, FILE), { file: FILE, column: `datasets[${index}].disclosure.inSmallGroups` });
  });

  it('a real survey without disclosure control', async () => {
    const data = manifest();
    const index = data.datasets.findIndex((d) => d.id === 'wbsb');
    delete data.datasets[index]?.disclosure;
    await expectDataError(() => parseManifest(data, FILE), { file: FILE, column: `datasets[${index}].disclosure`, reason: 'no disclosure control' });
  });
});
