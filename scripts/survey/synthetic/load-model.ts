/**
 * Reads synthetic-model.yaml, validates it against its schema and against the codebook (every code it
 * names exists, every question has a model, distributions sum to 1), and prepares it for drawing.
 */
import path from 'node:path';
import { parseSource, readYamlSource, sourceError, type FieldPath, type YamlSource } from '../../lib/yaml-source.ts';
import type { ResolvedCodebook, ResolvedQuestion, ResolvedVariable } from '../../../src/lib/codebook/resolved.ts';
import type { CountryIso } from '../../../src/lib/codebook/schema.ts';
import { valuesInCountry } from '../../../src/lib/survey/columns.ts';
import { SyntheticModel, type QuestionModel } from './model-schema.ts';

/** Codes and their shares; `selection` is share × sampleBias (the chance of being drawn). */
export interface PreparedDistribution {
  codes: string[];
  shares: number[];
  selection: number[];
}

export interface PreparedPopulation {
  /** Codes are "<gender>:<age_group>". */
  genderAge: PreparedDistribution;
  region: PreparedDistribution;
  ethnicity: PreparedDistribution;
  education: PreparedDistribution;
  rural: number;
  /** The most common ethnicity: everyone else counts as a minority. */
  majorityEthnicity: number;
}

export interface PreparedModel {
  file: string;
  seed: number;
  respondentsPerCountryWave: number;
  population: Map<CountryIso, PreparedPopulation>;
  questions: Map<string, QuestionModel>;
}

const SUM_TOLERANCE = 1e-6;

function variable(codebook: ResolvedCodebook, id: string): ResolvedVariable {
  const found = codebook.demographics.find((demographic) => demographic.id === id);
  if (!found) throw new Error(`the codebook has no demographic "${id}"`);
  return found;
}

function prepare(
  source: YamlSource,
  at: FieldPath,
  shares: Record<string, number>,
  isValid: (key: string) => boolean,
  validList: string,
  bias: Record<string, number> = {},
  biasAt: FieldPath = [],
): PreparedDistribution {
  const codes = Object.keys(shares);
  let total = 0;
  for (const code of codes) {
    if (!isValid(code)) throw sourceError(source, [...at, code], `not a valid code here (${validList})`);
    total += shares[code] ?? 0;
  }
  if (Math.abs(total - 1) > SUM_TOLERANCE) throw sourceError(source, at, `the shares sum to ${total}, not 1`);
  for (const key of Object.keys(bias)) {
    if (!(key in shares)) throw sourceError(source, [...biasAt, key], `not a code of the distribution (${codes.join(', ')})`);
  }
  const normalised = codes.map((code) => (shares[code] ?? 0) / total);
  return { codes, shares: normalised, selection: normalised.map((share, index) => share * (bias[codes[index] ?? ''] ?? 1)) };
}

function codesIn(codebook: ResolvedCodebook, id: string, iso: CountryIso): Set<string> {
  return new Set(valuesInCountry(variable(codebook, id).values, iso).map((value) => String(value.code)));
}

function preparePopulation(source: YamlSource, model: SyntheticModel, codebook: ResolvedCodebook, iso: CountryIso): PreparedPopulation {
  const population = model.population[iso];
  if (!population) throw sourceError(source, ['population'], `no population model for ${iso}, a country of the dataset`);
  const at: FieldPath = ['population', iso];
  const genders = codesIn(codebook, 'gender', iso);
  const ages = codesIn(codebook, 'age_group', iso);
  const regions = codesIn(codebook, 'region', iso);
  const ethnicities = codesIn(codebook, 'ethnicity', iso);
  const educations = codesIn(codebook, 'education', iso);
  const isGenderAge = (key: string): boolean => {
    const [gender = '', age = '', extra] = key.split(':');
    return extra === undefined && genders.has(gender) && ages.has(age);
  };
  const list = (codes: Set<string>): string => [...codes].join(', ');
  const ethnicity = prepare(source, [...at, 'ethnicity'], population.ethnicity, (code) => ethnicities.has(code), list(ethnicities));
  let majority = 0;
  ethnicity.shares.forEach((share, index) => {
    if (share > (ethnicity.shares[majority] ?? 0)) majority = index;
  });
  return {
    genderAge: prepare(
      source, [...at, 'genderAge'], population.genderAge, isGenderAge, '"<gender>:<age_group>" codes',
      population.sampleBias.genderAge, [...at, 'sampleBias', 'genderAge'],
    ),
    region: prepare(
      source, [...at, 'region'], population.region, (code) => regions.has(code), list(regions),
      population.sampleBias.region, [...at, 'sampleBias', 'region'],
    ),
    ethnicity,
    education: prepare(source, [...at, 'education'], population.education, (code) => educations.has(code), list(educations)),
    rural: population.rural,
    majorityEthnicity: Number(ethnicity.codes[majority]),
  };
}

function checkQuestions(source: YamlSource, model: SyntheticModel, codebook: ResolvedCodebook): void {
  const known = new Set(codebook.questions.map((question) => question.id));
  for (const id of Object.keys(model.questions)) {
    if (!known.has(id)) throw sourceError(source, ['questions', id], 'not a question of the codebook');
  }
  for (const question of codebook.questions) {
    const questionModel = model.questions[question.id];
    if (!questionModel) throw sourceError(source, ['questions'], `no model for the codebook question "${question.id}"`);
    const at: FieldPath = ['questions', question.id];
    const scaleCodes = new Set(question.values.map((value) => String(value.code)));
    for (const iso of question.countries) {
      if (question.ordered) {
        if (questionModel.keyShare?.[iso] === undefined) throw sourceError(source, [...at, 'keyShare'], `the ordered question needs a keyShare for ${iso}`);
      } else {
        const shares = questionModel.shares?.[iso];
        if (!shares) throw sourceError(source, [...at, 'shares'], `the nominal question needs shares for ${iso}`);
        prepare(source, [...at, 'shares', iso], shares, (code) => scaleCodes.has(code), [...scaleCodes].join(', '));
      }
    }
    checkMinorityFields(source, question, questionModel, at, scaleCodes);
  }
}

/** minorityByCountry and minorityShares name only countries where the question is asked; minorityShares only on nominal scales. */
function checkMinorityFields(source: YamlSource, question: ResolvedQuestion, questionModel: QuestionModel, at: FieldPath, scaleCodes: Set<string>): void {
  const countries = new Set<string>(question.countries);
  const asked = (iso: string): boolean => countries.has(iso);
  const askedIn = question.countries.join(', ');
  for (const iso of Object.keys(questionModel.effects.minorityByCountry ?? {})) {
    if (!asked(iso)) throw sourceError(source, [...at, 'effects', 'minorityByCountry', iso], `the question is not asked in ${iso} (${askedIn})`);
  }
  const minorityShares = questionModel.minorityShares;
  if (!minorityShares) return;
  if (question.ordered) throw sourceError(source, [...at, 'minorityShares'], 'only nominal questions take minorityShares; ordered ones use effects.minorityByCountry');
  for (const [iso, shares] of Object.entries(minorityShares)) {
    if (!asked(iso)) throw sourceError(source, [...at, 'minorityShares', iso], `the question is not asked in ${iso} (${askedIn})`);
    prepare(source, [...at, 'minorityShares', iso], shares, (code) => scaleCodes.has(code), [...scaleCodes].join(', '));
  }
}

export async function loadSyntheticModel(datasetDir: string, codebook: ResolvedCodebook): Promise<PreparedModel> {
  const source = await readYamlSource(path.join(datasetDir, 'synthetic-model.yaml'));
  const model = parseSource(source, SyntheticModel);
  checkQuestions(source, model, codebook);
  const population = new Map<CountryIso, PreparedPopulation>();
  for (const country of codebook.dataset.countries) population.set(country.iso, preparePopulation(source, model, codebook, country.iso));
  return {
    file: source.file,
    seed: model.seed,
    respondentsPerCountryWave: model.respondentsPerCountryWave,
    population,
    questions: new Map(Object.entries(model.questions)),
  };
}
