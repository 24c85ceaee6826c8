/**
 * Country-specific minority effects in the synthetic model: `effects.minorityByCountry` replaces the one
 * `minority` effect in the countries it names, and `minorityShares` gives a nominal question's minority
 * respondents their own distribution. Checked on hand-made plans (the arithmetic written out), on the
 * loader's validation, and on the real model, where Kosovo Serbs, Albanians in Serbia and Albania's Greeks
 * now differ from their country's majority in the way each really does.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResolvedCodebook, ResolvedQuestion } from '../../../src/lib/codebook/resolved.ts';
import { resolveCodebook } from '../../../src/lib/codebook/resolve.ts';
import type { CountryIso } from '../../../src/lib/codebook/schema.ts';
import { displayPath } from '../../../scripts/lib/display-path.ts';
import { loadCodebook } from '../../../scripts/survey/load-codebook.ts';
import type { ResponseTable } from '../../../scripts/survey/response-table.ts';
import { drawAnswer, effectsIn, planAnswers, type GroupName, type RespondentProfile } from '../../../scripts/survey/synthetic/answers.ts';
import { generateSynthetic } from '../../../scripts/survey/synthetic/generate.ts';
import { groupCodes } from '../../../scripts/survey/synthetic/groups.ts';
import { calibrateLevel, keyShareAt } from '../../../scripts/survey/synthetic/latent.ts';
import { loadSyntheticModel, type PreparedModel } from '../../../scripts/survey/synthetic/load-model.ts';
import { QuestionModel } from '../../../scripts/survey/synthetic/model-schema.ts';
import { createRng } from '../../../scripts/survey/synthetic/prng.ts';
import { validateResponses } from '../../../scripts/survey/validate-responses.ts';
import { FIXTURE_DATASET, REAL_SURVEYS, copyFixture, editFile, expectDataError, removeScratchDirs } from './helpers.ts';

afterAll(removeScratchDirs);

const DRAWS = 40_000;
/** Four standard errors of a share near 1/2 from DRAWS draws (0.0025 each): a miss means a real difference. */
const DRAW_TOLERANCE = 0.01;
const logit = (share: number): number => Math.log(share / (1 - share));
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
const profile = (...groups: GroupName[]): RespondentProfile => ({ groups: new Set(groups), traits: new Map() });

let fixture: ResolvedCodebook;
beforeAll(async () => {
  fixture = resolveCodebook((await loadCodebook(FIXTURE_DATASET)).sources, 'en');
});

function fixtureQuestion(id: string): ResolvedQuestion {
  const question = fixture.questions.find((candidate) => candidate.id === id);
  if (!question) throw new Error(`the fixture has no question ${id}`);
  return question;
}

/** Share of each answer code among `DRAWS` answers drawn for one profile in one country (wave = first wave). */
function drawnShares(question: ResolvedQuestion, model: QuestionModel, iso: CountryIso, who: RespondentProfile): Map<number, number> {
  const plan = planAnswers(question, model, iso, 2022);
  const rng = createRng(7);
  const counts = new Map<number, number>();
  for (let draw = 0; draw < DRAWS; draw += 1) {
    const answer = drawAnswer(rng, plan, who, 2022);
    counts.set(answer, (counts.get(answer) ?? 0) + 1);
  }
  return new Map([...counts].map(([code, count]) => [code, count / DRAWS]));
}

describe('effects resolved for a country', () => {
  const effects = { female: 0.2, minority: -1, minorityByCountry: { RS: 1.5 } };

  it('take minorityByCountry where it names the country and minority elsewhere', () => {
    expect([...effectsIn(effects, 'RS')]).toEqual([['female', 0.2], ['minority', 1.5]]);
    expect([...effectsIn(effects, 'XK')]).toEqual([['female', 0.2], ['minority', -1]]);
    expect([...effectsIn({ minorityByCountry: { XK: -2 } }, 'AL')]).toEqual([]);
    expect([...effectsIn(effects, 'RS', false)]).toEqual([['female', 0.2]]);
  });
});

describe('drawing with country-specific minority effects', () => {
  it('moves the key share of an ordered question by the country’s own minority effect', () => {
    const question = fixtureQuestion('trust_police');
    const key = new Set(question.key.codes);
    // No trait, no trend, no missing answers: the key share is exactly σ(logit(keyShare) + effect).
    const model = QuestionModel.parse({
      keyShare: { XK: 0.8, RS: 0.1 },
      effects: { minority: -3, minorityByCountry: { RS: 3 } },
      dontKnow: 0,
      refused: 0,
    });
    const keyShare = (iso: CountryIso, who: RespondentProfile): number =>
      [...drawnShares(question, model, iso, who)].filter(([code]) => key.has(code)).reduce((sum, [, share]) => sum + share, 0);
    expect(Math.abs(keyShare('RS', profile('minority')) - sigmoid(logit(0.1) + 3))).toBeLessThan(DRAW_TOLERANCE);
    expect(Math.abs(keyShare('XK', profile('minority')) - sigmoid(logit(0.8) - 3))).toBeLessThan(DRAW_TOLERANCE);
    expect(Math.abs(keyShare('RS', profile()) - 0.1)).toBeLessThan(DRAW_TOLERANCE);
  });

  it('gives minority respondents of a nominal question their own shares, with no minority effect on top', () => {
    const question = fixtureQuestion('eu_referendum');
    const shares = { '1': 0.4, '2': 0.42, '3': 0.18 };
    const minorityShares = { '1': 0.7, '2': 0.1, '3': 0.2 };
    const model = QuestionModel.parse({
      shares: { RS: shares, XK: shares },
      minorityShares: { RS: minorityShares },
      effects: { minority: -2 },
      dontKnow: 0,
      refused: 0,
    });
    const drawnMinority = drawnShares(question, model, 'RS', profile('minority'));
    const drawnMajority = drawnShares(question, model, 'RS', profile());
    for (const code of ['1', '2', '3'] as const) {
      expect(Math.abs((drawnMinority.get(Number(code)) ?? 0) - minorityShares[code]), `minority ${code}`).toBeLessThan(DRAW_TOLERANCE);
      expect(Math.abs((drawnMajority.get(Number(code)) ?? 0) - shares[code]), `majority ${code}`).toBeLessThan(DRAW_TOLERANCE);
    }
    // Kosovo has no minorityShares: its minority keeps the shares, tilted by the minority effect. The key
    // (code 1) share becomes σ(logit(0.4) − 2); the other answers keep their 0.42 : 0.18 ratio.
    const drawnKosovo = drawnShares(question, model, 'XK', profile('minority'));
    const keyKosovo = sigmoid(logit(0.4) - 2);
    expect(Math.abs((drawnKosovo.get(1) ?? 0) - keyKosovo)).toBeLessThan(DRAW_TOLERANCE);
    expect(Math.abs((drawnKosovo.get(2) ?? 0) - (1 - keyKosovo) * (0.42 / 0.6))).toBeLessThan(DRAW_TOLERANCE);
  });
});

describe('a synthetic model with malformed minority fields', () => {
  const modelFile = (dataset: string): string => path.join(dataset, 'synthetic-model.yaml');

  it('minorityByCountry for a country where the question is not asked', async () => {
    const { dataset } = await copyFixture();
    await editFile(modelFile(dataset), '    effects: { minority: -0.6 }\n    trait: pro_western', '    effects: { minorityByCountry: { AL: -0.6 } }\n    trait: pro_western');
    await expectDataError(() => loadSyntheticModel(dataset, fixture), {
      file: displayPath(modelFile(dataset)), column: 'questions.trust_eulex.effects.minorityByCountry.AL', reason: 'not asked in AL (XK)',
    });
  });

  it('minorityShares on an ordered question', async () => {
    const { dataset } = await copyFixture();
    await editFile(modelFile(dataset), 'keyShare: { XK: 0.45, RS: 0.4 }', "keyShare: { XK: 0.45, RS: 0.4 }\n    minorityShares: { XK: { '1': 1 } }");
    await expectDataError(() => loadSyntheticModel(dataset, fixture), {
      column: 'questions.dialogue_support.minorityShares', reason: 'only nominal questions take minorityShares',
    });
  });

  it('minorityShares that do not sum to 1', async () => {
    const { dataset } = await copyFixture();
    await editFile(modelFile(dataset), "      RS: { '1': 0.4, '2': 0.42, '3': 0.18 }\n", "      RS: { '1': 0.4, '2': 0.42, '3': 0.18 }\n    minorityShares:\n      RS: { '1': 0.5, '2': 0.25, '3': 0.5 }\n");
    await expectDataError(() => loadSyntheticModel(dataset, fixture), { column: 'questions.eu_referendum.minorityShares.RS', reason: 'the shares sum to 1.25, not 1' });
  });
});

describe('the real synthetic model', () => {
  let codebook: ResolvedCodebook;
  let model: PreparedModel;
  let table: ResponseTable;
  beforeAll(async () => {
    const dataset = path.join(REAL_SURVEYS, 'wbsb');
    codebook = resolveCodebook((await loadCodebook(dataset)).sources, 'en');
    model = await loadSyntheticModel(dataset, codebook);
    const { csv } = generateSynthetic(codebook, model, groupCodes(codebook, 'demographics.yaml'));
    table = validateResponses(new TextEncoder().encode(csv), codebook, 'generated.csv');
  });

  const ETHNICITY = { albanian: 1, serb: 2, greek: 8 };
  const column = (name: string): Int32Array => table.codes.get(name) ?? new Int32Array();
  const countryCode = (iso: CountryIso): number => codebook.dataset.countries.find((country) => country.iso === iso)?.code ?? Number.NaN;

  /** Weighted share of `hit` answers among valid answers of one ethnicity in one country, all waves pooled. */
  function weightedShare(id: string, iso: CountryIso, inGroup: (ethnicity: number) => boolean, hit: (answer: number) => boolean): number {
    const missing = new Set(codebook.missing.map((value) => value.code));
    const [country, ethnicity, answers] = [column('country'), column('ethnicity'), column(id)];
    let hitWeight = 0;
    let validWeight = 0;
    for (let row = 0; row < table.rowCount; row += 1) {
      const answer = answers[row] ?? 0;
      if (country[row] !== countryCode(iso) || !inGroup(ethnicity[row] ?? 0) || missing.has(answer)) continue;
      const weight = table.weights[row] ?? 0;
      validWeight += weight;
      if (hit(answer)) hitWeight += weight;
    }
    return hitWeight / validWeight;
  }
  const keyShare = (id: string, iso: CountryIso, ethnicity: number): number => {
    const key = new Set(codebook.questions.find((question) => question.id === id)?.key.codes);
    return weightedShare(id, iso, (code) => code === ethnicity, (answer) => key.has(answer));
  };

  it('has Kosovo Serbs distrust NATO, Kosovo Albanians trust it, and Albanians in Serbia trust it more than Serbs', () => {
    const serbsInKosovo = keyShare('trust_nato', 'XK', ETHNICITY.serb);
    expect(serbsInKosovo).toBeLessThan(0.3);
    expect(keyShare('trust_nato', 'XK', ETHNICITY.albanian)).toBeGreaterThan(0.6);
    expect(keyShare('trust_nato', 'RS', ETHNICITY.albanian)).toBeGreaterThan(keyShare('trust_nato', 'RS', ETHNICITY.serb));
    // trust_nato has no effect but the minority one and no trend, so Kosovo's minority expects
    // E[σ(level + effect + loading·Z)], the level calibrated to the reference keyShare.
    const nato = model.questions.get('trust_nato');
    expect(Object.keys(nato?.effects ?? {})).toEqual(['minorityByCountry']);
    expect(nato?.trend).toBe(0);
    const loading = nato?.loading ?? Number.NaN;
    const expected = keyShareAt(calibrateLevel(nato?.keyShare?.XK ?? Number.NaN, loading) + (nato?.effects.minorityByCountry?.XK ?? Number.NaN), loading);
    expect(Math.abs(serbsInKosovo - expected)).toBeLessThan(0.05);
  });

  it('has Kosovo Serbs favour Russia and distrust the KSF, while Albania’s Greeks trust Albania’s army like the majority', () => {
    expect(keyShare('fp_view_russia', 'XK', ETHNICITY.serb)).toBeGreaterThan(0.5);
    expect(keyShare('fp_view_russia', 'XK', ETHNICITY.albanian)).toBeLessThan(0.1);
    expect(keyShare('trust_army', 'XK', ETHNICITY.serb)).toBeLessThan(0.3);
    expect(Math.abs(keyShare('trust_army', 'AL', ETHNICITY.greek) - keyShare('trust_army', 'AL', ETHNICITY.albanian))).toBeLessThan(0.1);
  });

  it('has Kosovo Serbs name Russia or another country (Serbia) as the main partner far more often than the US', () => {
    const RUSSIA = 3;
    const US = 2;
    const ANOTHER = 7;
    const serbs = (code: number): boolean => code === ETHNICITY.serb;
    const russiaOrAnother = weightedShare('fp_main_partner', 'XK', serbs, (answer) => answer === RUSSIA || answer === ANOTHER);
    expect(russiaOrAnother).toBeGreaterThan(2 * weightedShare('fp_main_partner', 'XK', serbs, (answer) => answer === US));
    expect(weightedShare('fp_main_partner', 'XK', (code) => code === ETHNICITY.albanian, (answer) => answer === US)).toBeGreaterThan(0.4);
  });
});
