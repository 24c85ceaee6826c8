/**
 * The codebook's source format (data/surveys/<id>/codebook/*.yaml and dataset.yaml), as zod schemas.
 * The pipeline validates every file against these before it reads a single response.
 */
import { z } from 'zod';

/** A text in all three portal languages; none may be empty. */
export const Text = z.strictObject({
  /** Albanian. */
  sq: z.string().trim().min(1),
  /** English. */
  en: z.string().trim().min(1),
  /** Serbian, Latin script. */
  sr: z.string().trim().min(1),
});
export type Text = z.infer<typeof Text>;

/** Country codes used in the codebook (ISO 3166 alpha-2; XK is the code in use for Kosovo). */
export const CountryIso = z.enum(['AL', 'XK', 'RS']);
export type CountryIso = z.infer<typeof CountryIso>;

/** Missing-value codes, the same for every question: the one place they are written. */
export const MISSING = { notAsked: 97, dontKnow: 98, refused: 99 } as const;
/** Every missing code (97 not asked, 98 don't know, 99 refused), in order. */
export const MISSING_CODES = [MISSING.notAsked, MISSING.dontKnow, MISSING.refused] as const;
/** The missing codes a respondent answered with (98 don't know, 99 refused): what "include don't know / refused" adds. */
export const NON_ANSWER_CODES = [MISSING.dontKnow, MISSING.refused] as const;

/** A valid answer code: a whole number 1–96 (97–99 are reserved for missing values). */
const AnswerCode = z.number().int().min(1).max(96);

/** Whose words a text is: the questionnaire's (the survey's own text, diacritics restored) or the portal's. */
export const Origin = z.enum(['questionnaire', 'portal']);
export type Origin = z.infer<typeof Origin>;

/** The origin of one text in each language. */
export const TextOrigin = z.strictObject({
  /** Albanian. */
  sq: Origin,
  /** English. */
  en: Origin,
  /** Serbian. */
  sr: Origin,
});
export type TextOrigin = z.infer<typeof TextOrigin>;

/** Variable ids double as Parquet/SQL column names, so they are restricted to safe identifiers. */
export const VariableId = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, 'lowercase letters, digits and _; 2–40 characters, starting with a letter');

/** One answer option of a scale or a demographic. */
export const ValueLabel = z.strictObject({
  /** The code stored in the data. */
  code: AnswerCode,
  /** The answer's label. */
  label: Text,
  /** Countries where this value exists (for country-specific lists such as regions); absent means everywhere. */
  countries: z.array(CountryIso).min(1).optional(),
  /** Whose words the label is, per language; absent for labels written by the portal. */
  origin: TextOrigin.optional(),
});
export type ValueLabel = z.infer<typeof ValueLabel>;

/** A shared answer scale, referenced by questions. */
export const Scale = z.strictObject({
  /** Id that questions use in `scale:`. */
  id: VariableId,
  /** Whether the codes are ordered (1 lowest … k highest on one dimension); unordered scales are nominal. */
  ordered: z.boolean(),
  /** The answer options, in display order. */
  values: z.array(ValueLabel).min(2),
});
export type Scale = z.infer<typeof Scale>;

/** A thematic module of the survey. */
export const Module = z.strictObject({
  /** Short id used in URLs (/topics/<id>/) and by questions. */
  id: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/),
  /** Position in lists (1 = first). */
  order: z.number().int().min(1),
  /** Module title. */
  title: Text,
  /** One or two sentences on what the module covers. */
  description: Text,
});
export type Module = z.infer<typeof Module>;

/** A survey question (one column in the data). */
export const Question = z.strictObject({
  /** Column name in the data and id in URLs. */
  id: VariableId,
  /** Module id. */
  module: z.string(),
  /** Scale id. */
  scale: VariableId,
  /** Short label for lists, chart titles and table headers. */
  short: Text,
  /** The exact wording read to respondents (the general version). */
  wording: Text,
  /** Wording used in one country where it differs (e.g. the army is the KSF in Kosovo). */
  wordingByCountry: z.partialRecord(CountryIso, Text).optional(),
  /** The answers that make up the headline share shown on indicator pages, and its label. */
  key: z.strictObject({
    /** Answer codes counted in the headline share. */
    codes: z.array(AnswerCode).min(1),
    /** What the share means, e.g. "trust the police (fully or somewhat)". */
    label: Text,
  }),
  /** Countries where the question was asked. */
  countries: z.array(CountryIso).min(1),
  /** Waves (fieldwork years) in which it was asked. */
  waves: z.array(z.number().int().min(2000).max(2100)).min(1),
  /** Notes for readers (changes of wording, filters). */
  notes: Text.optional(),
  /** True when, in a country where it was asked, some respondents were not asked it (a follow-up); they carry 97. */
  askedOfSubset: z.boolean().optional(),
  /** The questionnaire's own code of the question per country (e.g. P1d), where the export gives it. */
  questionnaireCode: z.partialRecord(CountryIso, z.string().min(1)).optional(),
  /** Whose words the wording shown for each country is, per language. */
  origin: z.partialRecord(CountryIso, TextOrigin).optional(),
});
export type Question = z.infer<typeof Question>;

/** A demographic or design variable (gender, age group, region, …). */
export const Demographic = z.strictObject({
  /** Column name in the data. */
  id: VariableId,
  /** Label of the variable. */
  label: Text,
  /** Its values; country-specific values carry `countries`. */
  values: z.array(ValueLabel).min(2),
  /**
   * Disclosure control the import applied (its map's `mergeBelow`): values with fewer respondents than
   * this in a country were merged into a catch-all value. The dataset page states it.
   */
  mergeBelow: z.number().int().min(2).optional(),
});
export type Demographic = z.infer<typeof Demographic>;

/**
 * Local suppression as the import applied it (its map's `localSuppression`): a non-majority respondent
 * in a group of fewer than `minimum` respondents of the country on the key variables (themselves
 * included) had key variables replaced by "not published". The dataset page states it.
 */
export const LocalSuppression = z.strictObject({
  /** The key variables whose combination (per country) forms a group; the disclosure check counts the same groups. */
  keys: z.array(VariableId).min(1),
  /** The smallest group a non-majority respondent may be in after suppression. */
  minimum: z.number().int().min(2),
});
export type LocalSuppression = z.infer<typeof LocalSuppression>;

/** One country of the dataset. */
export const Country = z.strictObject({
  /** ISO code used in the codebook. */
  iso: CountryIso,
  /** Numeric code stored in the `country` column. */
  code: AnswerCode,
  /** Country name. */
  name: Text,
});

/** dataset.yaml: what the dataset is. */
export const Dataset = z.strictObject({
  /** Dataset id, also the folder name under data/surveys/. */
  id: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/),
  /** Dataset title. */
  title: Text,
  /** A paragraph on what the dataset covers. */
  description: Text,
  /** Semantic version of the published dataset. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  /** True while the data are the synthetic demonstration data rather than real microdata. */
  synthetic: z.boolean(),
  /** Waves without design weights: their shares are unweighted (every weight is 1, so n_eff = n). */
  unweightedWaves: z.array(z.number().int().min(2000).max(2100)).optional(),
  /** Who publishes it. */
  publisher: Text,
  /** Licence identifier (SPDX). */
  licence: z.literal('CC-BY-4.0'),
  /** The countries surveyed. */
  countries: z.array(Country).min(1),
  /** The waves (fieldwork years). */
  waves: z.array(z.number().int().min(2000).max(2100)).min(1),
  /** Fieldwork and sampling, in a few sentences. */
  method: Text,
  /** Changes per version, newest first. */
  changelog: z.array(z.strictObject({
    /** Version the entry describes. */
    version: z.string(),
    /** Release date (YYYY-MM-DD). */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    /** What changed. */
    text: Text,
  })).min(1),
  /** The view the explorer opens on (a question by wave, weighted, missing codes excluded); absent: the first question, every country. */
  explorer: z.strictObject({
    /** Question id; it must be a question of the codebook. */
    question: z.string(),
    /** The country the view is filtered to; absent for every country. */
    country: CountryIso.optional(),
  }).optional(),
});
export type Dataset = z.infer<typeof Dataset>;

/** codebook/scales.yaml */
export const ScalesFile = z.strictObject({ scales: z.array(Scale).min(1) });
/** codebook/modules.yaml */
export const ModulesFile = z.strictObject({ modules: z.array(Module).min(1) });
/** codebook/demographics.yaml (country and wave come from dataset.yaml), with the disclosure control applied to them. */
export const DemographicsFile = z.strictObject({
  /** The demographic variables. */
  demographics: z.array(Demographic).min(1),
  /** Local suppression, where the import applied it (required for real microdata, with the ethnicity's `mergeBelow`). */
  localSuppression: LocalSuppression.optional(),
});
/** codebook/questions/*.yaml */
export const QuestionsFile = z.strictObject({ questions: z.array(Question).min(1) });
