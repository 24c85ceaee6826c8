/**
 * Names for the codes in the aggregates (countries, demographic groups, answers), in the codebook's
 * language. A code the codebook does not know is shown as the code itself rather than dropped.
 */
import type { CountryIso } from '../codebook/schema.ts';
import type { ResolvedCodebook, ResolvedQuestion } from '../codebook/resolved.ts';

export interface Labels {
  country: (iso: CountryIso) => string;
  /** Name of a demographic variable ("Gender"). */
  demographic: (id: string) => string;
  /** Name of one group of a demographic; `code` as it appears in table columns. */
  group: (demographic: string, code: string) => string;
  answer: (code: number) => string;
}

export function labelsFor(codebook: ResolvedCodebook, question: ResolvedQuestion): Labels {
  const countries = new Map(codebook.dataset.countries.map((c) => [c.iso, c.name]));
  const demographics = new Map(codebook.demographics.map((d) => [d.id, d]));
  const answers = new Map(question.values.map((v) => [v.code, v.label]));
  return {
    country: (iso) => countries.get(iso) ?? iso,
    demographic: (id) => demographics.get(id)?.label ?? id,
    group: (demographic, code) => demographics.get(demographic)?.values.find((v) => String(v.code) === code)?.label ?? code,
    answer: (code) => answers.get(code) ?? String(code),
  };
}
