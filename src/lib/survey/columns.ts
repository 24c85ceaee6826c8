/**
 * The layout of the respondent table (Parquet and CSV) and the codebook rules every row obeys. Shared
 * by the build pipeline and the browser, so column names only ever come from the codebook.
 */
import type { ResolvedCodebook, ResolvedQuestion, ResolvedValue } from '../codebook/resolved.ts';
import type { CountryIso } from '../codebook/schema.ts';

/** Columns that are not codebook variables (country and wave are, generated from dataset.yaml). */
export const ID_COLUMN = 'id';
export const WEIGHT_COLUMN = 'weight';
/** Names no codebook variable may take. */
export const RESERVED_COLUMNS: readonly string[] = ['id', 'country', 'wave', 'weight'];

/** id, country, wave, the other demographics, weight, then the questions, in codebook order. */
export function tableColumns(codebook: ResolvedCodebook): string[] {
  return [
    ID_COLUMN,
    ...codebook.demographics.map((variable) => variable.id),
    WEIGHT_COLUMN,
    ...codebook.questions.map((question) => question.id),
  ];
}

/** The values of a variable that exist in one country (country-specific lists such as regions). */
export function valuesInCountry(values: readonly ResolvedValue[], iso: CountryIso): ResolvedValue[] {
  return values.filter((value) => value.countries === undefined || value.countries.includes(iso));
}

/** Whether a question was put to respondents in this country and wave. */
export function isAsked(question: Pick<ResolvedQuestion, 'countries' | 'waves'>, iso: CountryIso, wave: number): boolean {
  return question.countries.includes(iso) && question.waves.includes(wave);
}

/** The waves of the dataset in which a question was asked in a country, ascending. */
export function wavesAsked(codebook: ResolvedCodebook, question: ResolvedQuestion, iso: CountryIso): number[] {
  return codebook.dataset.waves.filter((wave) => isAsked(question, iso, wave));
}
