/** What the R, Stata and SPSS syntax writers take: the codebook variables and the file's context. */
import type { Lang } from '../i18n-langs.ts';
import type { CodebookVariable } from './variables.ts';

export interface SyntaxInput {
  /** Every column of the CSV, in file order. */
  variables: readonly CodebookVariable[];
  /** Language of the labels. */
  lang: Lang;
  /** The CSV file the syntax reads, expected in the working directory. */
  csvFile: string;
  /** Dataset id, used to name the data object. */
  datasetId: string;
  /** Comment lines for the top of the file (title, citation, licence, notice), in `lang`. */
  header: readonly string[];
  /** Longest value of the id column, in bytes (SPSS reads strings at a fixed width). */
  idWidth: number;
}

/** Line width of wrapped comments. */
export const COMMENT_WIDTH = 96;

/** The variables that carry value labels (coded columns). */
export function labelled(variables: readonly CodebookVariable[]): CodebookVariable[] {
  return variables.filter((variable) => variable.values.length > 0);
}

/** The missing codes used by the variables, each with its label in the file's language, ascending. */
export function missingValues(input: Pick<SyntaxInput, 'variables' | 'lang'>): { code: number; label: string }[] {
  const found = new Map<number, string>();
  for (const variable of input.variables) {
    for (const value of variable.values) if (value.missing && !found.has(value.code)) found.set(value.code, value.label[input.lang]);
  }
  return [...found].sort(([a], [b]) => a - b).map(([code, label]) => ({ code, label }));
}

/** "97 = Not asked, 98 = Don't know, 99 = Refused". */
export function missingSentence(input: Pick<SyntaxInput, 'variables' | 'lang'>): string {
  return missingValues(input).map(({ code, label }) => `${code} = ${label}`).join(', ');
}
