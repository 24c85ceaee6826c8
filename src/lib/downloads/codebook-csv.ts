/**
 * The codebook as one CSV table: one row per variable and value (a single row for variables without
 * value labels, such as id and weight), with the variable label, question text and value label in
 * Albanian, English and Serbian side by side. Column meanings are listed once, in CODEBOOK_CSV_FIELDS,
 * which the datapackage.json schema of this file is built from.
 */
import { LANGS } from '../i18n-langs.ts';
import { toCsv, type CsvCell } from '../csv.ts';
import type { CodebookVariable } from './variables.ts';

export interface CsvFieldSpec {
  name: string;
  type: 'string' | 'integer' | 'boolean';
  description: string;
}

export const CODEBOOK_CSV_FIELDS: readonly CsvFieldSpec[] = [
  { name: 'variable', type: 'string', description: 'Column name in the data file.' },
  { name: 'kind', type: 'string', description: 'id, weight, demographic or question.' },
  { name: 'module', type: 'string', description: 'Module id of a question; empty otherwise.' },
  { name: 'ordered', type: 'boolean', description: 'Whether the answer codes are ordered (1 lowest).' },
  { name: 'countries', type: 'string', description: 'Countries (ISO codes, XK = Kosovo) where the question was asked, separated by spaces.' },
  { name: 'waves', type: 'string', description: 'Waves (years) in which the question was asked, separated by spaces.' },
  ...LANGS.map((lang): CsvFieldSpec => ({ name: `variable_label_${lang}`, type: 'string', description: `Variable label (${lang}).` })),
  ...LANGS.map((lang): CsvFieldSpec => ({ name: `question_${lang}`, type: 'string', description: `Question as asked (${lang}).` })),
  { name: 'code', type: 'integer', description: 'A value stored in the data; empty for variables without value labels.' },
  ...LANGS.map((lang): CsvFieldSpec => ({ name: `value_label_${lang}`, type: 'string', description: `Label of the value (${lang}).` })),
  { name: 'missing', type: 'boolean', description: 'Whether the code marks a missing answer (not asked, don\'t know, refused).' },
  { name: 'value_countries', type: 'string', description: 'Countries where the value exists, when it does not exist everywhere (country-specific lists).' },
];

function variableCells(variable: CodebookVariable): CsvCell[] {
  return [
    variable.name,
    variable.kind,
    variable.module ?? '',
    variable.ordered,
    variable.countries?.join(' ') ?? '',
    variable.waves?.join(' ') ?? '',
    ...LANGS.map((lang) => variable.label[lang]),
    ...LANGS.map((lang) => variable.wording?.[lang] ?? ''),
  ];
}

/** The rows of the codebook table, in the order of CODEBOOK_CSV_FIELDS. */
export function codebookRows(variables: readonly CodebookVariable[]): CsvCell[][] {
  return variables.flatMap((variable) => {
    const head = variableCells(variable);
    if (variable.values.length === 0) return [[...head, null, ...LANGS.map(() => ''), false, '']];
    return variable.values.map((value) => [...head, value.code, ...LANGS.map((lang) => value.label[lang]), value.missing, value.countries?.join(' ') ?? '']);
  });
}

export function codebookCsv(variables: readonly CodebookVariable[]): string {
  return toCsv(CODEBOOK_CSV_FIELDS.map((field) => field.name), codebookRows(variables));
}
