/**
 * The codebook as one flat, trilingual list of the data file's columns, in file order: what every
 * researcher download (syntax files, DDI, datapackage, codebook CSV) is generated from. Built from the
 * three resolved codebooks of a dataset, joined by variable id, so a label can never drift between
 * formats.
 */
import type { ResolvedCodebook, ResolvedValue } from '../codebook/resolved.ts';
import type { CountryIso } from '../codebook/schema.ts';
import { LANGS, type Lang } from '../i18n-langs.ts';
import { ID_COLUMN, tableColumns, WEIGHT_COLUMN } from '../survey/columns.ts';

/** A text in the three portal languages. */
export type Trilingual = Record<Lang, string>;

/** The three codebooks of one dataset. */
export type Codebooks = Record<Lang, ResolvedCodebook>;

export type VariableKind = 'id' | 'weight' | 'demographic' | 'question';

export interface VariableValue {
  /** The code stored in the data. */
  code: number;
  label: Trilingual;
  /** True for the missing codes 97 not asked, 98 don't know, 99 refused. */
  missing: boolean;
  /** Countries where this value exists; absent means everywhere. */
  countries?: CountryIso[];
}

export interface CodebookVariable {
  /** Column name in the data file. */
  name: string;
  kind: VariableKind;
  /** Short label (variable label). */
  label: Trilingual;
  /** Module id, for questions. */
  module?: string;
  /** The question as asked, for questions. */
  wording?: Trilingual;
  /** Wording where a country's differs from `wording`. */
  wordingByCountry?: Partial<Record<CountryIso, Trilingual>>;
  /** Whether the answers are ordered (questions); demographics count as nominal. */
  ordered: boolean;
  /** Valid values first, then (questions only) the missing codes; empty for id and weight. */
  values: VariableValue[];
  /** Countries and waves where the question was asked (questions only). */
  countries?: CountryIso[];
  waves?: number[];
}

/** Labels of the two columns that are not codebook variables. */
export interface SpecialColumnLabels {
  id: Trilingual;
  weight: Trilingual;
}

function trilingual(pick: (lang: Lang) => string): Trilingual {
  return { sq: pick('sq'), en: pick('en'), sr: pick('sr') };
}

function find<T extends { id: string }>(items: readonly T[], id: string, lang: Lang): T {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`The ${lang} codebook has no variable "${id}"`);
  return item;
}

function valueLabel(values: readonly ResolvedValue[], code: number, lang: Lang, variable: string): string {
  const value = values.find((candidate) => candidate.code === code);
  if (!value) throw new Error(`The ${lang} codebook has no value ${code} for "${variable}"`);
  return value.label;
}

function joinValues(codebooks: Codebooks, name: string, valuesIn: (codebook: ResolvedCodebook) => readonly ResolvedValue[]): VariableValue[] {
  return valuesIn(codebooks.en).map((value) => ({
    code: value.code,
    label: trilingual((lang) => valueLabel(valuesIn(codebooks[lang]), value.code, lang, name)),
    missing: false,
    ...(value.countries ? { countries: [...value.countries] } : {}),
  }));
}

/** Every column of the data file, in file order, with its labels in the three languages. */
export function codebookVariables(codebooks: Codebooks, special: SpecialColumnLabels): CodebookVariable[] {
  const en = codebooks.en;
  const missing: VariableValue[] = en.missing.map((value) => ({
    code: value.code,
    label: trilingual((lang) => valueLabel(codebooks[lang].missing, value.code, lang, 'missing')),
    missing: true,
  }));
  return tableColumns(en).map((name): CodebookVariable => {
    if (name === ID_COLUMN) return { name, kind: 'id', label: special.id, ordered: false, values: [] };
    if (name === WEIGHT_COLUMN) return { name, kind: 'weight', label: special.weight, ordered: false, values: [] };
    const question = en.questions.find((candidate) => candidate.id === name);
    if (!question) {
      return {
        name,
        kind: 'demographic',
        label: trilingual((lang) => find(codebooks[lang].demographics, name, lang).label),
        ordered: false,
        values: joinValues(codebooks, name, (codebook) => find(codebook.demographics, name, codebook.lang).values),
      };
    }
    const inLang = (lang: Lang) => find(codebooks[lang].questions, name, lang);
    const wordingByCountry: Partial<Record<CountryIso, Trilingual>> = {};
    for (const iso of Object.keys(question.wordingByCountry) as CountryIso[]) {
      wordingByCountry[iso] = trilingual((lang) => inLang(lang).wordingByCountry[iso] ?? inLang(lang).wording);
    }
    return {
      name,
      kind: 'question',
      label: trilingual((lang) => inLang(lang).short),
      module: question.module,
      wording: trilingual((lang) => inLang(lang).wording),
      ...(Object.keys(wordingByCountry).length > 0 ? { wordingByCountry } : {}),
      ordered: question.ordered,
      values: [...joinValues(codebooks, name, (codebook) => find(codebook.questions, name, codebook.lang).values), ...missing],
      countries: [...question.countries],
      waves: [...question.waves],
    };
  });
}

/** The codes that mark missing answers (97, 98, 99), from the codebook. */
export function missingCodes(codebooks: Codebooks): number[] {
  return codebooks.en.missing.map((value) => value.code);
}

/** Checks that the three codebooks describe the same dataset (same languages in the right slots). */
export function assertCodebooks(codebooks: Codebooks): void {
  for (const lang of LANGS) {
    if (codebooks[lang].lang !== lang) throw new Error(`The ${lang} slot holds the ${codebooks[lang].lang} codebook`);
    if (codebooks[lang].dataset.id !== codebooks.en.dataset.id) throw new Error(`The ${lang} codebook is of dataset "${codebooks[lang].dataset.id}"`);
  }
}
