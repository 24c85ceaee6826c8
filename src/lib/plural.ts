/**
 * Strings whose words change with a number ("1 question matches", "2 questions match"; in Serbian
 * "21 ispitanik", "22 ispitanika"). Such a string is written as its plural forms, one per category of
 * the language's plural rules (Intl.PluralRules: one/other in English and Albanian, one/few/other in
 * Serbian); a unit test checks every language has the categories its rules use. The form is chosen by
 * the count and then filled like any other string (fillSlots), so there is still one slot filler.
 */
import { LOCALE_TAG, type Lang } from './i18n-langs.ts';

export interface PluralForms {
  readonly one: string;
  readonly other: string;
  readonly few?: string;
  readonly two?: string;
  readonly many?: string;
  readonly zero?: string;
}

/** A UI string with plural forms (for the English reference file, where the type is declared). */
export function plural(forms: PluralForms): PluralForms {
  return forms;
}

export function isPluralForms(value: unknown): value is PluralForms {
  return typeof value === 'object' && value !== null && typeof (value as PluralForms).one === 'string' && typeof (value as PluralForms).other === 'string';
}

const RULES: Partial<Record<Lang, Intl.PluralRules>> = {};

/** The form of a string for a count, by the language's plural rules; "other" when a form is absent. */
export function pluralForm(lang: Lang, forms: PluralForms, count: number): string {
  const rules = (RULES[lang] ??= new Intl.PluralRules(LOCALE_TAG[lang]));
  return forms[rules.select(count)] ?? forms.other;
}

/** The plural categories a language's rules use for whole numbers and decimals (what its strings must have). */
export function pluralCategories(lang: Lang): string[] {
  return [...new Intl.PluralRules(LOCALE_TAG[lang]).resolvedOptions().pluralCategories].sort();
}
