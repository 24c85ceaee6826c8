/**
 * The synthetic demonstration data: for every country and wave, a sample drawn from the population
 * model (deliberately biased), raking weights that undo the bias, and answers from the latent model.
 * The output is CSV text in exactly the layout of a real responses.csv, so it goes through the same
 * parser and validator as real microdata would.
 */
import type { ResolvedCodebook } from '../../../src/lib/codebook/resolved.ts';
import { MISSING, type CountryIso } from '../../../src/lib/codebook/schema.ts';
import { isAsked, tableColumns, wavesAsked } from '../../../src/lib/survey/columns.ts';
import { DataError } from '../../lib/data-error.ts';
import { toCsv } from '../../../src/lib/csv.ts';
import { drawAnswer, planAnswers, type AnswerPlan, type GroupName, type RespondentProfile } from './answers.ts';
import { drawSample, type SampledRespondent } from './demographics.ts';
import type { GroupCodes } from './groups.ts';
import type { PreparedModel, PreparedPopulation } from './load-model.ts';
import { createRng, deriveSeed } from './prng.ts';
import { designEffect, rake } from './raking.ts';

const TRAITS = ['institutional_trust', 'threat_perception', 'pro_western', 'interethnic_openness'];
/** Weights are written with this many decimals: far finer than any published figure needs. */
const WEIGHT_DECIMALS = 9;

export interface CountryWaveSummary {
  country: CountryIso;
  wave: number;
  respondents: number;
  /** Kish design effect of the final weights. */
  designEffect: number;
  /** Raking passes until the margins matched. */
  rakingIterations: number;
}

export interface SyntheticOutput {
  /** CSV text with header id,country,wave,<demographics>,weight,<questions>. */
  csv: string;
  summaries: CountryWaveSummary[];
}

function profileOf(respondent: SampledRespondent, groups: GroupCodes, population: PreparedPopulation, traits: Map<string, number>): RespondentProfile {
  const code = (id: string): number => respondent.codes.get(id) ?? 0;
  const members: [GroupName, boolean][] = [
    ['female', groups.female.has(code('gender'))],
    ['age_18_29', groups.age_18_29.has(code('age_group'))],
    ['age_60_plus', groups.age_60_plus.has(code('age_group'))],
    ['primary', groups.primary.has(code('education'))],
    ['tertiary', groups.tertiary.has(code('education'))],
    ['minority', code('ethnicity') !== population.majorityEthnicity],
    ['rural', groups.rural.has(code('settlement'))],
    ['unemployed', groups.unemployed.has(code('employment'))],
  ];
  return { groups: new Set(members.filter(([, member]) => member).map(([name]) => name)), traits };
}

function rakedWeights(model: PreparedModel, population: PreparedPopulation, sample: SampledRespondent[], iso: CountryIso, wave: number) {
  const targets = (distribution: PreparedPopulation['region']): Map<string, number> =>
    new Map(distribution.codes.map((code, index) => [code, distribution.shares[index] ?? 0]));
  try {
    return rake(
      sample.map((respondent) => respondent.designWeight),
      [
        { categories: sample.map((respondent) => respondent.genderAge), targets: targets(population.genderAge) },
        { categories: sample.map((respondent) => respondent.region), targets: targets(population.region) },
      ],
    );
  } catch (error) {
    throw new DataError({ file: model.file, column: `population.${iso}` }, `raking wave ${wave} failed: ${(error as Error).message}`);
  }
}

export function generateSynthetic(codebook: ResolvedCodebook, model: PreparedModel, groups: GroupCodes): SyntheticOutput {
  const columns = tableColumns(codebook);
  const demographicIds = codebook.demographics.map((variable) => variable.id).filter((id) => id !== 'country' && id !== 'wave');
  const rows: string[][] = [];
  const summaries: CountryWaveSummary[] = [];
  const idWidth = String(model.respondentsPerCountryWave).length;

  for (const country of codebook.dataset.countries) {
    const population = model.population.get(country.iso);
    if (!population) throw new DataError({ file: model.file, column: 'population' }, `no population model for ${country.iso}`);
    const plans = new Map<string, AnswerPlan>();
    for (const question of codebook.questions) {
      const questionModel = model.questions.get(question.id);
      const [firstWave] = wavesAsked(codebook, question, country.iso);
      if (questionModel && firstWave !== undefined) plans.set(question.id, planAnswers(question, questionModel, country.iso, firstWave));
    }

    for (const wave of codebook.dataset.waves) {
      const sample = drawSample(
        createRng(deriveSeed(model.seed, 'sample', country.iso, wave)),
        model.respondentsPerCountryWave,
        codebook,
        country.iso,
        population,
        groups,
      );
      const raking = rakedWeights(model, population, sample, country.iso, wave);
      const weights = raking.weights.map((weight) => Number(weight.toFixed(WEIGHT_DECIMALS)));
      summaries.push({ country: country.iso, wave, respondents: sample.length, designEffect: designEffect(weights), rakingIterations: raking.iterations });

      const rng = createRng(deriveSeed(model.seed, 'answers', country.iso, wave));
      sample.forEach((respondent, index) => {
        const traits = new Map(TRAITS.map((trait) => [trait, rng.normal()]));
        const profile = profileOf(respondent, groups, population, traits);
        const answers = codebook.questions.map((question) => {
          const plan = plans.get(question.id);
          return plan && isAsked(question, country.iso, wave) ? drawAnswer(rng, plan, profile, wave) : MISSING.notAsked;
        });
        rows.push([
          `${country.iso}${wave}-${String(index + 1).padStart(idWidth, '0')}`,
          String(country.code),
          String(wave),
          ...demographicIds.map((id) => String(respondent.codes.get(id) ?? '')),
          String(weights[index]),
          ...answers.map(String),
        ]);
      });
    }
  }
  // The pipeline reads this text as it reads responses.csv: a source, so text is kept as it is.
  return { csv: toCsv(columns, rows, { formulas: 'keep' }), summaries };
}
