/**
 * Build-time aggregates of one question (public/data/<id>/aggregates/<question>.json): everything an
 * indicator page needs to render its charts and tables without loading the microdata. Every table is
 * a CrosstabResult from the statistics library, weighted, over valid answers (missing codes excluded).
 */
import type { CountryIso } from '../codebook/schema.ts';
import type { CrosstabResult } from '../stats/index.ts';

/** A question's answers by one demographic in one wave. */
export interface DemographicBreakdown {
  /** Demographic id (gender, age_group, …). */
  demographic: string;
  /** Rows: answer codes; cols: the demographic's codes valid in the country, as strings. */
  full: CrosstabResult;
  /** The same collapsed to the key share: row 1 = key answers, row 0 = the other valid answers. */
  key: CrosstabResult;
}

export interface CountryAggregates {
  country: CountryIso;
  /** The code stored in the `country` column. */
  countryCode: number;
  /** Rows: answer codes; cols: waves in which the question was asked there, as strings. */
  trend: CrosstabResult;
  /** The trend collapsed to the key share: row 1 = key answers, row 0 = the other valid answers. */
  trendKey: CrosstabResult;
  /** The latest wave asked in the country, broken down by each demographic. */
  latest: {
    wave: number;
    byDemographic: DemographicBreakdown[];
  };
}

export interface QuestionAggregates {
  /** Question id (the data column). */
  question: string;
  datasetId: string;
  /** Dataset version the figures come from. */
  version: string;
  /** True when computed from synthetic demonstration data. */
  synthetic: boolean;
  /** Whether shares are weighted (always true for build-time aggregates). */
  weighted: boolean;
  /** The question's key answer codes (row 1 of the key tables). */
  keyCodes: number[];
  /** One entry per country where the question was asked, in dataset order. */
  countries: CountryAggregates[];
}
