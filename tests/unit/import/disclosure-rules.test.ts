/**
 * The disclosure rules' parameters have one home, the import map (data/surveys/wbsb/import-2021/
 * demographics.yaml: the ethnicity's `mergeBelow`, `localSuppression.minimum`). The import records
 * them in the codebook, the pipeline passes them to manifest.json, and the dataset page's sentence is
 * filled from there: these tests follow the numbers along that path, check that no string of the
 * sentence types a number of its own, and that a missing or malformed parameter stops the data run
 * (codebook) or the site build (manifest) with a DataError naming file and field.
 */
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { disclosureText } from '../../../src/components/data/disclosure-text.ts';
import { parseManifest } from '../../../src/build/survey-data.ts';
import { ui } from '../../../src/i18n/index.ts';
import { LANGS, type Lang } from '../../../src/lib/i18n-langs.ts';
import { isPluralForms } from '../../../src/lib/plural.ts';
import { disclosureRules } from '../../../src/lib/survey/disclosure.ts';
import type { Manifest, ManifestDisclosure } from '../../../src/lib/survey/manifest.ts';
import { displayPath } from '../../../scripts/lib/display-path.ts';
import { loadCodebook } from '../../../scripts/survey/load-codebook.ts';
import { editFile, expectDataError, FIXTURE_DATASET } from '../pipeline/helpers.ts';
import { ROOT } from './export-fixture.ts';

const DATASET = path.join(ROOT, 'data', 'surveys', 'wbsb');
const MAP = parse(readFileSync(path.join(DATASET, 'import-2021', 'demographics.yaml'), 'utf8')) as {
  demographics: { id: string; mergeBelow?: number }[];
  localSuppression: { keys: string[]; minimum: number; suppress: { id: string; code: number }[] };
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

/** Number words from two to twenty that a sentence might type instead of a slot, per language. */
const NUMBER_WORDS: Record<Lang, string[]> = {
  en: ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty'],
  sq: ['dy', 'tre', 'tri', 'katër', 'pesë', 'gjashtë', 'shtatë', 'tetë', 'nëntë', 'dhjetë', 'njëmbëdhjetë', 'dymbëdhjetë', 'pesëmbëdhjetë', 'njëzet'],
  sr: ['dva', 'dve', 'tri', 'troje', 'četiri', 'pet', 'šest', 'sedam', 'osam', 'devet', 'deset', 'jedanaest', 'dvanaest', 'petnaest', 'dvadeset'],
};

/** Every template of the paragraph in a language: the rules, and each plural form of the small-groups sentence. */
function templates(lang: Lang): string[] {
  const t = ui(lang);
  const small = t.data_disclosure_small;
  expect(isPluralForms(small)).toBe(true);
  return [t.data_disclosure, ...Object.values(small).filter((form): form is string => typeof form === 'string')];
}

const scratches: string[] = [];
afterAll(async () => {
  await Promise.all(scratches.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('the rule the sentence describes in words', () => {
  // The sentence names the key variables and the order in which they are withheld in words, inflected
  // in each language (Albanian puts them in the accusative), so they cannot be filled from the codebook's
  // labels. This test ties those words to the map: changing the rule's keys or order fails here until
  // data_disclosure in src/i18n/{sq,en,sr}/data.ts says the same.
  it('names the keys and the order of suppression the import map applies', () => {
    expect(MAP.localSuppression.keys).toEqual(['region', 'settlement', 'gender', 'age_group', 'ethnicity']);
    expect(MAP.localSuppression.suppress.map((step) => step.id)).toEqual(['region', 'age_group', 'settlement']);
    expect(published().keys).toEqual(['country', ...MAP.localSuppression.keys]);
    const en = ui('en').data_disclosure;
    expect(en).toContain('region, settlement, gender, age group and ethnicity');
    expect(en).toContain('their region, then their age group, then their settlement');
  });
});

describe('the rules\' parameters on their way from the import map to the page', () => {
  it('the import map holds them', () => {
    expect(MAP_MERGE_BELOW).toBeTypeOf('number');
    expect(MAP_MINIMUM).toBeTypeOf('number');
  });

  it('the codebook the import wrote records the map\'s values', async () => {
    const { sources } = await loadCodebook(DATASET);
    expect(disclosureRules(sources)).toEqual({ mergeBelow: MAP_MERGE_BELOW, localSuppressionMinimum: MAP_MINIMUM, keys: MAP.localSuppression.keys });
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

  it('the page\'s sentence, filled from the manifest, states the map\'s values in every language', () => {
    const disclosure = published();
    const phrases: Record<Lang, string[]> = {
      en: [`fewer than ${MAP_MERGE_BELOW} respondents in a country`, `fewer than ${MAP_MINIMUM} respondents of the country`, `fewer than ${MAP_MINIMUM},`],
      sq: [`më pak se ${MAP_MERGE_BELOW} të anketuar në një vend`, `më pak se ${MAP_MINIMUM} të anketuar të vendit`, `më pak se ${MAP_MINIMUM},`],
      sr: [`manje od ${MAP_MERGE_BELOW} ispitanika u zemlji`, `manje od ${MAP_MINIMUM} ispitanika u zemlji`, `od ${MAP_MINIMUM}`],
    };
    for (const lang of LANGS) {
      const text = disclosureText(lang, disclosure);
      for (const phrase of phrases[lang]) expect(text, lang).toContain(phrase);
      expect(text, lang).toContain(`k = ${disclosure.k}`);
      expect(text, lang).toContain(`${disclosure.inSmallGroups} `);
      expect(text, lang).not.toMatch(/\{\w+\}/);
    }
  });
});

describe('the sentence types no number of its own', () => {
  it('has no digit and no number word in any language or plural form', () => {
    for (const lang of LANGS) {
      for (const template of templates(lang)) {
        expect(template.replace(/\{\w+\}/g, ''), lang).not.toMatch(/\d/);
        const words = new Set(template.toLowerCase().split(/[^\p{L}]+/u));
        for (const word of NUMBER_WORDS[lang]) expect(words.has(word), `"${word}" in ${lang}: ${template}`).toBe(false);
      }
    }
  });

  it('shows whatever values the manifest gives, in the rule and in the count below it', () => {
    const values: ManifestDisclosure = { k: 2, kNonMajority: 7, keys: ['country', 'ethnicity'], mergeBelow: 17, localSuppressionMinimum: 6, inSmallGroups: 41 };
    for (const lang of LANGS) {
      const [rules = '', ...small] = templates(lang);
      expect(rules, lang).toContain('{mergeBelow}');
      expect(rules, lang).toContain('{minimum}');
      for (const form of small) expect(form, lang).toContain('{minimum}');
      const text = disclosureText(lang, values);
      const numbers = text.match(/\d+/g)?.map(Number) ?? [];
      // Every number shown is one of the manifest's: 17 once (the merge), 6 twice (the rule, the count's groups).
      expect(new Set(numbers), lang).toEqual(new Set([17, 6, 7, 2, 41]));
      expect(numbers.filter((n) => n === 17), lang).toHaveLength(1);
      expect(numbers.filter((n) => n === 6), lang).toHaveLength(2);
    }
  });

  it('picks the plural form of the count', () => {
    const one: ManifestDisclosure = { ...published(), inSmallGroups: 1 };
    expect(disclosureText('en', one)).toContain(' 1 respondent is in a group of fewer than ');
    expect(disclosureText('sq', one)).toContain(' 1 i anketuar është në një grup ');
    expect(disclosureText('sr', { ...one, inSmallGroups: 22 })).toContain(' 22 ispitanika su u grupama ');
    expect(disclosureText('sr', { ...one, inSmallGroups: 21 })).toContain(' 21 ispitanik je u grupi ');
  });
});

describe('a missing or malformed parameter stops the data run (codebook/demographics.yaml)', () => {
  const SUPPRESSION_BLOCK = 'localSuppression:\n  keys:\n    - region\n    - settlement\n    - gender\n    - age_group\n    - ethnicity\n  minimum: 3\n';

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
    const { dataset, file } = await editedCodebook(SUPPRESSION_BLOCK, '');
    await expectDataError(() => loadCodebook(dataset), { file, column: 'localSuppression', reason: 'required for real microdata' });
  });

  it('a minimum that is not a whole number of at least two', async () => {
    const { dataset, file } = await editedCodebook('  minimum: 3', '  minimum: three');
    await expectDataError(() => loadCodebook(dataset), { file, column: 'localSuppression.minimum', value: 'three' });
  });

  it('a key that is not a demographic of the codebook', async () => {
    const { dataset, file } = await editedCodebook('    - age_group\n    - ethnicity\n  minimum', '    - age\n    - ethnicity\n  minimum');
    await expectDataError(() => loadCodebook(dataset), { file, column: 'localSuppression.keys[3]', value: 'age', reason: 'not a demographic of the codebook' });
  });

  it('keys without the ethnicity, which tells the protected respondents apart', async () => {
    const { dataset, file } = await editedCodebook('    - age_group\n    - ethnicity\n  minimum', '    - age_group\n  minimum');
    await expectDataError(() => loadCodebook(dataset), { file, column: 'localSuppression.keys', reason: 'must include "ethnicity"' });
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
