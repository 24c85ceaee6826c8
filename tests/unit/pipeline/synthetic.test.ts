/**
 * The synthetic generator: reproducible, weighted like a real survey, and following its model. Runs on
 * the fixture model; the real model is checked in real-dataset.test.ts.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ResolvedCodebook } from '../../../src/lib/codebook/resolved.ts';
import { resolveCodebook } from '../../../src/lib/codebook/resolve.ts';
import { parseCsv } from '../../../scripts/lib/csv-parse.ts';
import { displayPath } from '../../../scripts/lib/display-path.ts';
import { loadCodebook } from '../../../scripts/survey/load-codebook.ts';
import { generateSynthetic } from '../../../scripts/survey/synthetic/generate.ts';
import { groupCodes } from '../../../scripts/survey/synthetic/groups.ts';
import { calibrateLevel, keyShareAt, logistic } from '../../../scripts/survey/synthetic/latent.ts';
import { loadSyntheticModel, type PreparedModel } from '../../../scripts/survey/synthetic/load-model.ts';
import { createRng, deriveSeed } from '../../../scripts/survey/synthetic/prng.ts';
import { validateResponses } from '../../../scripts/survey/validate-responses.ts';
import { FIXTURE_DATASET, copyFixture, editFile, expectDataError, removeScratchDirs } from './helpers.ts';
import { afterAll } from 'vitest';

afterAll(removeScratchDirs);

let codebook: ResolvedCodebook;
let model: PreparedModel;
const demographicsFile = 'demographics.yaml';
beforeAll(async () => {
  codebook = resolveCodebook((await loadCodebook(FIXTURE_DATASET)).sources, 'en');
  model = await loadSyntheticModel(FIXTURE_DATASET, codebook);
});
const generate = (seed: number) => generateSynthetic(codebook, { ...model, seed }, groupCodes(codebook, demographicsFile));

describe('pseudo-random numbers', () => {
  it('repeat for the same seed and differ between seeds', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, createRng(seed).next);
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
    expect(deriveSeed(5, 'answers', 'XK', 2023)).toBe(deriveSeed(5, 'answers', 'XK', 2023));
    expect(deriveSeed(5, 'answers', 'XK', 2023)).not.toBe(deriveSeed(5, 'answers', 'RS', 2023));
  });

  it('have the right moments: uniform mean 1/2, normal mean 0 and variance 1, logistic variance π²/3', () => {
    const rng = createRng(11);
    const n = 200_000;
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const variance = (values: number[]) => mean(values.map((value) => value * value)) - mean(values) ** 2;
    const uniform = Array.from({ length: n }, rng.next);
    const normal = Array.from({ length: n }, rng.normal);
    const logisticDraws = Array.from({ length: n }, rng.logistic);
    expect(mean(uniform)).toBeCloseTo(0.5, 2);
    expect(mean(normal)).toBeCloseTo(0, 1);
    expect(variance(normal)).toBeCloseTo(1, 1);
    expect(variance(logisticDraws) / (Math.PI ** 2 / 3)).toBeCloseTo(1, 1);
  });
});

describe('calibration of the latent level', () => {
  it('gives the target key share once averaged over the trait', () => {
    for (const [target, loading] of [[0.3, 0.8], [0.65, 1.2], [0.9, 0]] as const) {
      const level = calibrateLevel(target, loading);
      expect(keyShareAt(level, loading)).toBeCloseTo(target, 9);
    }
    // Without a trait the level is simply the logit of the share.
    expect(calibrateLevel(0.7, 0)).toBeCloseTo(Math.log(0.7 / 0.3), 9);
    expect(logistic(Math.log(0.7 / 0.3))).toBeCloseTo(0.7, 12);
  });
});

describe('synthetic respondents', () => {
  it('are byte-identical for the same seed and different for another', () => {
    const first = generate(model.seed).csv;
    expect(generate(model.seed).csv).toBe(first);
    expect(generate(model.seed + 1).csv).not.toBe(first);
  });

  it('pass the same validator as real data, n per country-wave as modelled', () => {
    const { csv } = generate(model.seed);
    const table = validateResponses(new TextEncoder().encode(csv), codebook, 'generated.csv');
    expect(table.rowCount).toBe(3 * 2 * model.respondentsPerCountryWave);
    const countries = table.codes.get('country') ?? new Int32Array();
    const waves = table.codes.get('wave') ?? new Int32Array();
    let xk2023 = 0;
    for (let row = 0; row < table.rowCount; row += 1) if (countries[row] === 2 && waves[row] === 2023) xk2023 += 1;
    expect(xk2023).toBe(model.respondentsPerCountryWave);
  });

  it('have weights with mean 1 and a design effect between 1.1 and 1.8 in every country-wave', () => {
    const { csv, summaries } = generate(model.seed);
    const [header, ...rows] = parseCsv(csv, 'generated.csv');
    const at = (name: string) => header?.fields.indexOf(name) ?? -1;
    expect(summaries).toHaveLength(6);
    for (const summary of summaries) {
      const code = String(codebook.dataset.countries.find((country) => country.iso === summary.country)?.code);
      const weights = rows
        .filter((row) => row.fields[at('country')] === code && row.fields[at('wave')] === String(summary.wave))
        .map((row) => Number(row.fields[at('weight')]));
      const sumW = weights.reduce((sum, weight) => sum + weight, 0);
      const sumW2 = weights.reduce((sum, weight) => sum + weight * weight, 0);
      const deff = (weights.length * sumW2) / (sumW * sumW);
      expect(sumW / weights.length).toBeCloseTo(1, 6);
      expect(deff).toBeCloseTo(summary.designEffect, 9);
      expect(deff).toBeGreaterThan(1.1);
      expect(deff).toBeLessThan(1.8);
    }
  });

  it('match the population margins once weighted (gender × age and region)', () => {
    const { csv } = generate(model.seed);
    const [header, ...rows] = parseCsv(csv, 'generated.csv');
    const at = (name: string) => header?.fields.indexOf(name) ?? -1;
    // Albania 2022: the fixture's population shares, rounded weights allow 1e-6.
    const albania = rows.filter((row) => row.fields[at('country')] === '1' && row.fields[at('wave')] === '2022');
    const total = albania.reduce((sum, row) => sum + Number(row.fields[at('weight')]), 0);
    const shareOf = (test: (fields: string[]) => boolean) =>
      albania.filter((row) => test(row.fields)).reduce((sum, row) => sum + Number(row.fields[at('weight')]), 0) / total;
    expect(Math.abs(shareOf((f) => f[at('region')] === '11') - 0.6)).toBeLessThan(1e-6);
    expect(Math.abs(shareOf((f) => f[at('gender')] === '2' && f[at('age_group')] === '4') - 0.12)).toBeLessThan(1e-6);
    // The unweighted sample is off on purpose (sampleBias favours region 11 and the 60+).
    const unweighted = albania.filter((row) => row.fields[at('region')] === '11').length / albania.length;
    expect(unweighted).toBeGreaterThan(0.62);
  });

  it('follow the model: Kosovo trusts the police more than Serbia, minorities less', () => {
    const { csv } = generate(model.seed);
    const table = validateResponses(new TextEncoder().encode(csv), codebook, 'generated.csv');
    const column = (name: string) => table.codes.get(name) ?? new Int32Array();
    const [country, police, ethnicity] = [column('country'), column('trust_police'), column('ethnicity')];
    const keyShare = (test: (row: number) => boolean) => {
      let key = 0;
      let valid = 0;
      for (let row = 0; row < table.rowCount; row += 1) {
        const answer = police[row] ?? 0;
        if (!test(row) || answer > 4) continue;
        valid += table.weights[row] ?? 0;
        if (answer >= 3) key += table.weights[row] ?? 0;
      }
      return key / valid;
    };
    expect(keyShare((row) => country[row] === 2)).toBeGreaterThan(keyShare((row) => country[row] === 3));
    expect(keyShare((row) => country[row] === 2 && ethnicity[row] === 2)).toBeLessThan(keyShare((row) => country[row] === 2 && ethnicity[row] === 1));
  });
});

describe('a malformed synthetic model', () => {
  it('distribution shares that do not sum to 1', async () => {
    const { dataset } = await copyFixture();
    await editFile(path.join(dataset, 'synthetic-model.yaml'), "region: { '11': 0.6, '12': 0.4 }", "region: { '11': 0.6, '12': 0.5 }");
    await expectDataError(() => loadSyntheticModel(dataset, codebook), {
      file: displayPath(path.join(dataset, 'synthetic-model.yaml')), line: 7, column: 'population.AL.region', reason: 'sum to 1.1',
    });
  });

  it('a region code of another country', async () => {
    const { dataset } = await copyFixture();
    await editFile(path.join(dataset, 'synthetic-model.yaml'), "region: { '11': 0.6, '12': 0.4 }", "region: { '11': 0.6, '21': 0.4 }");
    await expectDataError(() => loadSyntheticModel(dataset, codebook), { column: 'population.AL.region.21', value: '0.4', reason: 'not a valid code here (11, 12)' });
  });

  it('a question without a model', async () => {
    const { dataset } = await copyFixture();
    await editFile(path.join(dataset, 'synthetic-model.yaml'), '  trust_eulex:\n', '  trust_eu:\n');
    await expectDataError(() => loadSyntheticModel(dataset, codebook), { column: 'questions.trust_eu', reason: 'not a question of the codebook' });
  });

  it('a missing keyShare for a country where the question is asked', async () => {
    const { dataset } = await copyFixture();
    await editFile(path.join(dataset, 'synthetic-model.yaml'), 'keyShare: { XK: 0.45, RS: 0.4 }', 'keyShare: { XK: 0.45 }');
    await expectDataError(() => loadSyntheticModel(dataset, codebook), { column: 'questions.dialogue_support.keyShare', reason: 'needs a keyShare for RS' });
  });
});
