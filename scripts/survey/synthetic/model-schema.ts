/**
 * The format of data/surveys/<id>/synthetic-model.yaml: the documented model behind the synthetic
 * demonstration data. Only the generator reads it; real microdata (responses.csv) replaces it.
 */
import { z } from 'zod';
import { CountryIso } from '../../../src/lib/codebook/schema.ts';

const Probability = z.number().min(0).max(1);
/** A distribution over a variable's codes: code → share; shares sum to 1 (checked by the generator). */
const Distribution = z.record(z.string().regex(/^\d+$/), Probability);
/** The same over gender × age cells: keys "<gender code>:<age_group code>". */
const GenderAgeDistribution = z.record(z.string().regex(/^\d+:\d+$/), Probability);

/**
 * Effects on the latent propensity to give the key answer, in logit units (+0.5 ≈ markedly more likely).
 * Each applies to respondents in the named group, compared with the reference group
 * (male, 30–59, secondary education, majority ethnicity, urban, employed).
 */
export const Effects = z.strictObject({
  /** Women. */
  female: z.number().optional(),
  /** Age 18–29. */
  age_18_29: z.number().optional(),
  /** Age 60 and over. */
  age_60_plus: z.number().optional(),
  /** Primary education or less. */
  primary: z.number().optional(),
  /** University degree. */
  tertiary: z.number().optional(),
  /** Non-majority ethnicity in the respondent's country (e.g. Serbs in Kosovo, Albanians in Serbia). */
  minority: z.number().optional(),
  /**
   * Per country, the minority effect for respondents there, replacing `minority`: minorities differ in kind
   * between countries (Kosovo Serbs distrust NATO, Albanians in Serbia favour it).
   */
  minorityByCountry: z.partialRecord(CountryIso, z.number()).optional(),
  /** Rural settlement. */
  rural: z.number().optional(),
  /** Unemployed. */
  unemployed: z.number().optional(),
});
export type Effects = z.infer<typeof Effects>;

/** Model of one question. Ordered scales use `keyShare`; nominal scales use `shares`. */
export const QuestionModel = z.strictObject({
  /**
   * Share of the key answers (the question's `key.codes`) among valid answers in the first wave, for the
   * reference group, per country where the question is asked. Ordered scales only.
   */
  keyShare: z.partialRecord(CountryIso, Probability).optional(),
  /** For nominal scales: the distribution of valid answers per country in the first wave. */
  shares: z.partialRecord(CountryIso, Distribution).optional(),
  /**
   * For nominal scales: the distribution of valid answers among minority respondents, per country, where they
   * name other answers rather than the same ones more or less often (Kosovo Serbs name Serbia or Russia as
   * the main partner). There it replaces `shares` for minority respondents, and no minority effect is added.
   */
  minorityShares: z.partialRecord(CountryIso, Distribution).optional(),
  /** Change of the latent propensity per year, in logit units (slow drift: |trend| ≤ 0.3). */
  trend: z.number().min(-0.3).max(0.3).default(0),
  /** Group effects in logit units. */
  effects: Effects.default({}),
  /**
   * Latent respondent trait shared with other questions (so answers correlate), and how strongly this
   * question loads on it (0–1.5). Traits: institutional_trust, threat_perception, pro_western, interethnic_openness.
   */
  trait: z.enum(['institutional_trust', 'threat_perception', 'pro_western', 'interethnic_openness']).optional(),
  /** Loading on the trait. */
  loading: z.number().min(0).max(1.5).default(0.8),
  /** Base rate of "don't know" (98); higher among the less educated and the old. */
  dontKnow: Probability.default(0.03),
  /** Base rate of "refused" (99). */
  refused: Probability.default(0.005),
});
export type QuestionModel = z.infer<typeof QuestionModel>;

/** Population margins and the deliberately biased sample composition, per country. */
export const CountryPopulation = z.strictObject({
  /** Population share of each gender × age cell: keys "<gender code>:<age_group code>". */
  genderAge: GenderAgeDistribution,
  /** Population share of each region code. */
  region: Distribution,
  /** Share of each ethnicity code in the sample. */
  ethnicity: Distribution,
  /** Share of each education code in the population. */
  education: Distribution,
  /** Share living in rural settlements. */
  rural: Probability,
  /**
   * How the achieved sample departs from the population: a multiplier on each gender × age cell's and each
   * region's selection chance (1 = proportional). Raking weights undo it.
   */
  sampleBias: z.strictObject({
    /** Keys as in genderAge. */
    genderAge: z.record(z.string(), z.number().positive()),
    /** Keys as in region. */
    region: z.record(z.string(), z.number().positive()),
  }),
});

/** synthetic-model.yaml */
export const SyntheticModel = z.strictObject({
  /** Seed of the pseudo-random generator: the same seed gives byte-identical output. */
  seed: z.number().int().nonnegative(),
  /** Respondents per country and wave. */
  respondentsPerCountryWave: z.number().int().min(100).max(1_000_000),
  /** Population and sample composition per country. */
  population: z.partialRecord(CountryIso, CountryPopulation),
  /** Model per question id; every question in the codebook needs one. */
  questions: z.record(z.string(), QuestionModel),
});
export type SyntheticModel = z.infer<typeof SyntheticModel>;
