/**
 * Codebook loading: schema problems and cross-file inconsistencies stop the run with a DataError naming
 * the file, the YAML line, the field path and the value. Each case edits a copy of the fixture codebook.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveCodebook } from '../../../src/lib/codebook/resolve.ts';
import { loadCodebook } from '../../../scripts/survey/load-codebook.ts';
import { displayPath } from '../../../scripts/lib/display-path.ts';
import { FIXTURE_DATASET, copyFixture, editFile, expectDataError, markReal, removeScratchDirs } from './helpers.ts';

afterAll(removeScratchDirs);

/** A fixture copy with one edit applied; returns the dataset folder and the edited file as messages show it. */
async function editedFixture(relativeFile: string, from: string, to: string): Promise<{ dataset: string; file: string }> {
  const { dataset } = await copyFixture();
  const target = path.join(dataset, relativeFile);
  await editFile(target, from, to);
  return { dataset, file: displayPath(target) };
}

describe('loading the fixture codebook', () => {
  it('reads every file and keeps question order (file name, then entry)', async () => {
    const { sources } = await loadCodebook(FIXTURE_DATASET);
    expect(sources.questions.map((question) => question.id)).toEqual([
      'safe_night', 'trust_police', 'trust_army', 'trust_eulex', 'eu_referendum', 'dialogue_support',
    ]);
    expect(sources.dataset.waves).toEqual([2022, 2023]);
  });

  it('resolves one language: country and wave variables, scale answers, country wording, missing codes', async () => {
    const { sources } = await loadCodebook(FIXTURE_DATASET);
    const sr = resolveCodebook(sources, 'sr');
    expect(sr.demographics.map((variable) => variable.id)).toEqual([
      'country', 'wave', 'gender', 'age_group', 'education', 'employment', 'ethnicity', 'region', 'settlement',
    ]);
    expect(sr.demographics[0]?.values).toEqual([
      { code: 1, label: 'Albanija', countries: ['AL'] },
      { code: 2, label: 'Kosovo', countries: ['XK'] },
      { code: 3, label: 'Srbija', countries: ['RS'] },
    ]);
    expect(sr.demographics[1]?.values).toEqual([{ code: 2022, label: '2022' }, { code: 2023, label: '2023' }]);
    const army = sr.questions.find((question) => question.id === 'trust_army');
    expect(army?.values.map((value) => value.label)).toEqual(['Uopšte ne', 'Malo', 'Donekle', 'Potpuno']);
    expect(army?.wordingByCountry).toEqual({ XK: 'Koliko verujete Kosovskim bezbednosnim snagama?' });
    expect(army?.ordered).toBe(true);
    expect(sr.missing).toEqual([
      { code: 97, label: 'Nije pitano' },
      { code: 98, label: 'Ne zna' },
      { code: 99, label: 'Odbio/la da odgovori' },
    ]);
    expect(sr.modules.map((module) => [module.id, module.questions])).toEqual([
      ['safety', ['safe_night']],
      ['trust', ['trust_police', 'trust_army', 'trust_eulex']],
      ['dialogue', ['eu_referendum', 'dialogue_support']],
    ]);
  });
});

describe('the method text names the disclosure rules by slot', () => {
  const METHOD_EN = '  en: Synthetic quota sample with raking weights.\n';

  it('fills {mergeBelow} and {minimum} from the rules the codebook records, in every language', async () => {
    const { dataset } = await copyFixture();
    await markReal(dataset);
    await editFile(path.join(dataset, 'dataset.yaml'), METHOD_EN, '  en: Groups below {mergeBelow} merged; cells below {minimum} suppressed.\n');
    await editFile(path.join(dataset, 'dataset.yaml'), '  sr: Sintetički kvotni uzorak sa ponderima dobijenim rakingom.\n', '  sr: Grupe manje od {mergeBelow} spojene.\n');
    const { sources } = await loadCodebook(dataset);
    // markReal records mergeBelow 10 and the local suppression minimum 3.
    expect(resolveCodebook(sources, 'en').dataset.method).toBe('Groups below 10 merged; cells below 3 suppressed.');
    expect(resolveCodebook(sources, 'sr').dataset.method).toBe('Grupe manje od 10 spojene.');
    expect(resolveCodebook(sources, 'sq').dataset.method).toBe('Mostër sintetike me kuota dhe pesha me rrafshim.');
  });

  it('stops on a slot the rules cannot fill, naming the ones they can', async () => {
    const { dataset } = await copyFixture();
    await markReal(dataset);
    await editFile(path.join(dataset, 'dataset.yaml'), METHOD_EN, '  en: Groups below {mergeBellow} merged.\n');
    await expectDataError(() => loadCodebook(dataset), {
      file: displayPath(path.join(dataset, 'dataset.yaml')), column: 'method.en', reason: 'slot {mergeBellow} has no value: the method can name {mergeBelow} and {minimum}',
    });
  });

  it('stops on a rule\'s slot in a codebook that records no rule (synthetic data)', async () => {
    const { dataset, file } = await editedFixture('dataset.yaml', METHOD_EN, '  en: Groups below {mergeBelow} merged.\n');
    await expectDataError(() => loadCodebook(dataset), {
      file, column: 'method.en', reason: 'slot {mergeBelow} has no value: the codebook records no disclosure rule whose parameter it could fill',
    });
  });
});

describe('malformed codebooks', () => {
  it('a default explorer view whose question is not in the codebook', async () => {
    const { dataset, file } = await editedFixture('dataset.yaml', 'question: trust_police\n', 'question: trust_nobody\n');
    await expectDataError(() => loadCodebook(dataset), { file, column: 'explorer.question', value: 'trust_nobody', reason: 'not a question of the codebook' });
  });

  it('a version the changelog does not list', async () => {
    const { dataset, file } = await editedFixture('dataset.yaml', 'version: 0.1.0\n', 'version: 0.2.0\n');
    await expectDataError(() => loadCodebook(dataset), {
      file, line: 11, column: 'version', value: '0.2.0', reason: 'the changelog has no entry for the current version 0.2.0; add one (version, date, text) at the top',
    });
  });

  it('a missing Serbian translation', async () => {
    const { dataset, file } = await editedFixture('codebook/questions/02-trust.yaml', '      sr: Koliko verujete policiji?\n', '');
    await expectDataError(() => loadCodebook(dataset), { file, line: 6, column: 'questions[0].wording.sr', reason: 'required but missing' });
  });

  it('a question referencing an unknown scale', async () => {
    const { dataset, file } = await editedFixture('codebook/questions/02-trust.yaml', 'scale: trust4\n    short: { sq: Besimi te policia', 'scale: trust9\n    short: { sq: Besimi te policia');
    await expectDataError(() => loadCodebook(dataset), {
      file, line: 4, column: 'questions[0].scale', value: 'trust9', reason: 'no scale with this id (trust4, safe4, referendum)',
    });
  });

  it('a key code that is not in the scale', async () => {
    const { dataset, file } = await editedFixture('codebook/questions/01-safety.yaml', 'codes: [1, 2]', 'codes: [1, 5]');
    await expectDataError(() => loadCodebook(dataset), { file, line: 11, column: 'questions[0].key.codes[1]', value: '5', reason: 'not a code of scale safe4' });
  });

  it('key codes in the middle of an ordered scale', async () => {
    const { dataset, file } = await editedFixture('codebook/questions/01-safety.yaml', 'codes: [1, 2]', 'codes: [2, 3]');
    await expectDataError(() => loadCodebook(dataset), { file, column: 'questions[0].key.codes', value: '[2,3]', reason: 'a run at one end' });
  });

  it('a duplicate question id (across files)', async () => {
    const { dataset, file } = await editedFixture('codebook/questions/03-dialogue.yaml', 'id: eu_referendum', 'id: trust_police');
    await expectDataError(() => loadCodebook(dataset), { file, line: 2, column: 'questions[0].id', value: 'trust_police', reason: 'duplicate variable id' });
  });

  it('a question id that clashes with a reserved column', async () => {
    const { dataset, file } = await editedFixture('codebook/questions/01-safety.yaml', 'id: safe_night', 'id: weight');
    await expectDataError(() => loadCodebook(dataset), { file, line: 2, column: 'questions[0].id', value: 'weight', reason: 'reserved column name' });
  });

  it('a question id that clashes with a demographic', async () => {
    const { dataset, file } = await editedFixture('codebook/questions/01-safety.yaml', 'id: safe_night', 'id: region');
    await expectDataError(() => loadCodebook(dataset), { file, column: 'questions[0].id', value: 'region', reason: 'duplicate variable id' });
  });

  it('a question wave that is not a wave of the dataset', async () => {
    const { dataset, file } = await editedFixture('codebook/questions/03-dialogue.yaml', 'waves: [2023]', 'waves: [2021]');
    await expectDataError(() => loadCodebook(dataset), { file, column: 'questions[1].waves[0]', value: '2021', reason: 'not a wave of the dataset' });
  });

  it('an unknown module', async () => {
    const { dataset, file } = await editedFixture('codebook/questions/01-safety.yaml', 'module: safety', 'module: safty');
    await expectDataError(() => loadCodebook(dataset), { file, line: 3, column: 'questions[0].module', value: 'safty' });
  });

  it('an unknown field', async () => {
    const { dataset, file } = await editedFixture('codebook/questions/01-safety.yaml', '    waves: [2022, 2023]\n', '    waves: [2022, 2023]\n    colour: blue\n');
    await expectDataError(() => loadCodebook(dataset), { file, line: 15, column: 'questions[0].colour', value: 'blue', reason: 'unknown field' });
  });

  it('a YAML syntax error', async () => {
    const { dataset, file } = await editedFixture('codebook/scales.yaml', '  - id: safe4\n', '  - id: safe4\n   ordered: [\n');
    await expectDataError(() => loadCodebook(dataset), { file, reason: 'YAML syntax' });
  });

  it('a demographic value for a country outside the dataset', async () => {
    const { dataset, file } = await editedFixture('dataset.yaml', '  - iso: RS\n    code: 3\n    name: { sq: Serbia, en: Serbia, sr: Srbija }\n', '');
    await expectDataError(() => loadCodebook(dataset), {
      file: file.replace('dataset.yaml', 'codebook/demographics.yaml'), column: 'demographics[4].values[0].countries[2]', value: 'RS',
    });
  });

  it('a dataset id that differs from its folder', async () => {
    const { dataset, file } = await editedFixture('dataset.yaml', 'id: mini', 'id: other');
    await expectDataError(() => loadCodebook(dataset), { file, line: 2, column: 'id', value: 'other' });
  });
});
