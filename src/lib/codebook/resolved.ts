/**
 * The codebook as the site uses it: one language, every reference resolved (a question carries its
 * scale's answers; modules list their questions; country and wave are variables like the others).
 * The pipeline writes one per language as public/data/<id>/codebook.<lang>.json; pages and the
 * explorer read these types.
 */
import type { Lang } from '../i18n-langs.ts';
import type { CountryIso, Dataset, Demographic, LocalSuppression, Module, Question, Scale, TextOrigin } from './schema.ts';

/** The parsed codebook sources of one dataset, as the resolver takes them. */
export interface CodebookSources {
  dataset: Dataset;
  scales: Scale[];
  modules: Module[];
  demographics: Demographic[];
  /** Local suppression as the import applied it (codebook/demographics.yaml); absent for synthetic data. */
  localSuppression?: LocalSuppression;
  /** In file-name order, then entry order. */
  questions: Question[];
}

/** One answer option or category. */
export interface ResolvedValue {
  /** The code stored in the data. */
  code: number;
  /** Its label in the codebook's language. */
  label: string;
  /** Countries where this value exists; absent means everywhere. */
  countries?: CountryIso[];
  /** Whose words the label is in this language, where the codebook records it. */
  origin?: TextOrigin[keyof TextOrigin];
}

export interface ResolvedCountry {
  iso: CountryIso;
  /** The code stored in the `country` column. */
  code: number;
  name: string;
}

export interface ResolvedDataset {
  id: string;
  title: string;
  description: string;
  version: string;
  /** True while the data are synthetic demonstration data. */
  synthetic: boolean;
  /** Waves without design weights (shares unweighted, n_eff = n). */
  unweightedWaves?: number[];
  publisher: string;
  licence: string;
  countries: ResolvedCountry[];
  /** Fieldwork years, ascending. */
  waves: number[];
  method: string;
  changelog: { version: string; date: string; text: string }[];
  /** The view the explorer opens on, from dataset.yaml. */
  explorer?: DefaultView;
}

/** The explorer's default view: a question by wave, filtered to one country (its code) or to none. */
export interface DefaultView {
  question: string;
  country?: number;
}

export interface ResolvedModule {
  id: string;
  order: number;
  title: string;
  description: string;
  /** Ids of the module's questions, in codebook order. */
  questions: string[];
}

export interface ResolvedQuestion {
  /** Column name in the data. */
  id: string;
  module: string;
  /** Id of the answer scale. */
  scale: string;
  /** Whether the answers are ordered (1 lowest … k highest); false for nominal questions. */
  ordered: boolean;
  short: string;
  wording: string;
  /** Country-specific wording where it differs from `wording`. */
  wordingByCountry: Partial<Record<CountryIso, string>>;
  /** Valid answers in display order (missing codes are in ResolvedCodebook.missing). */
  values: ResolvedValue[];
  /** The answers that make up the headline share. */
  key: { codes: number[]; label: string };
  countries: CountryIso[];
  waves: number[];
  notes?: string;
  /** Some respondents of an asked country were not asked it (a follow-up); they carry 97. */
  askedOfSubset?: boolean;
  /** The questionnaire's own code per country, where known. */
  questionnaireCode?: Partial<Record<CountryIso, string>>;
  /** Whose words each country's wording is in this language: the questionnaire's or the portal's. */
  origin?: Partial<Record<CountryIso, TextOrigin[keyof TextOrigin]>>;
}

export interface ResolvedVariable {
  /** Column name in the data: country, wave, gender, age_group, … */
  id: string;
  label: string;
  values: ResolvedValue[];
}

export interface ResolvedCodebook {
  lang: Lang;
  dataset: ResolvedDataset;
  /** Sorted by `order`. */
  modules: ResolvedModule[];
  questions: ResolvedQuestion[];
  /** country and wave first (from dataset.yaml), then the codebook's demographics. */
  demographics: ResolvedVariable[];
  /** 97 not asked, 98 don't know, 99 refused. */
  missing: ResolvedValue[];
}

/** False when no wave of the dataset has design weights: every share is then unweighted (n_eff = n). */
export function hasDesignWeights(dataset: Pick<ResolvedDataset, 'waves' | 'unweightedWaves'>): boolean {
  return dataset.waves.some((wave) => !(dataset.unweightedWaves ?? []).includes(wave));
}
