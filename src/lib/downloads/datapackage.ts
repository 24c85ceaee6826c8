/**
 * A Frictionless Tabular Data Package (datapackage.json, spec v1) describing the survey's CSV and the
 * codebook CSV: each column's type, title and description, the valid codes as `enum` constraints, the
 * missing codes as `missingValues`, the value labels as `categories` (spec v2, ignored by v1 readers),
 * plus licence, sources, sizes and SHA-256 hashes.
 */
import { CODEBOOK_CSV_FIELDS } from './codebook-csv.ts';
import { missingSentence } from './syntax-input.ts';
import type { CodebookVariable } from './variables.ts';

export interface PackageFile {
  /** Path relative to datapackage.json. */
  path: string;
  bytes: number;
  sha256: string;
}

export interface DatapackageInput {
  /** Lowercase package name (the dataset id). */
  name: string;
  title: string;
  description: string;
  version: string;
  /** The dataset's page. */
  homepage: string;
  publisher: string;
  licence: { name: string; path: string; title: string };
  sources: { title: string; path?: string }[];
  keywords: string[];
  /** Columns of the data CSV, in file order. */
  variables: readonly CodebookVariable[];
  /** Codes that mean missing (97, 98, 99); written as the data schema's missingValues. */
  missingCodes: readonly number[];
  dataFile: PackageFile;
  codebookFile: PackageFile;
}

export interface TableField {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean';
  title?: string;
  description: string;
  constraints?: { required?: boolean; unique?: boolean; minimum?: number; enum?: number[] };
  categories?: { value: number; label: string }[];
  categoriesOrdered?: boolean;
}

const DIALECT = { delimiter: ',', lineTerminator: '\n', quoteChar: '"', doubleQuote: true, header: true };

function describe(variable: CodebookVariable, missingNote: string): string {
  const parts = [variable.wording?.en ?? variable.label.en];
  for (const [iso, wording] of Object.entries(variable.wordingByCountry ?? {})) parts.push(`In ${iso}: ${wording.en}`);
  if (variable.countries && variable.waves) parts.push(`Asked in ${variable.countries.join(', ')}; waves ${variable.waves.join(', ')}.`);
  if (variable.values.some((value) => value.missing)) parts.push(missingNote);
  return parts.join(' ');
}

/** The data CSV's fields: valid codes as enum, labels as categories. */
export function dataFields(variables: readonly CodebookVariable[], missingCodes: readonly number[]): TableField[] {
  const missing = new Set(missingCodes);
  const missingNote = `Missing codes (${missingSentence({ variables, lang: 'en' })}) are declared as missingValues.`;
  return variables.map((variable): TableField => {
    if (variable.kind === 'id') return { name: variable.name, type: 'string', title: variable.label.en, description: variable.label.en, constraints: { required: true, unique: true } };
    if (variable.kind === 'weight') return { name: variable.name, type: 'number', title: variable.label.en, description: variable.label.en, constraints: { required: true, minimum: 0 } };
    const valid = variable.values.filter((value) => !value.missing);
    const clash = valid.find((value) => missing.has(value.code));
    if (clash) throw new Error(`"${variable.name}" uses the missing code ${clash.code} as a valid value; missingValues would hide it`);
    return {
      name: variable.name,
      type: 'integer',
      title: variable.label.en,
      description: describe(variable, missingNote),
      constraints: { ...(variable.kind === 'demographic' ? { required: true } : {}), enum: valid.map((value) => value.code) },
      categories: valid.map((value) => ({ value: value.code, label: value.label.en })),
      ...(variable.ordered ? { categoriesOrdered: true } : {}),
    };
  });
}

function resourceFile(file: PackageFile): { path: string; bytes: number; hash: string } {
  return { path: file.path, bytes: file.bytes, hash: `sha256:${file.sha256}` };
}

/** What every CSV resource of the portal's data packages says about its file: where, how big, its hash, its dialect. */
export function csvResourceFile(file: PackageFile): Record<string, unknown> {
  return { ...resourceFile(file), format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', dialect: DIALECT };
}

export function datapackage(input: DatapackageInput): Record<string, unknown> {
  const idField = input.variables.find((variable) => variable.kind === 'id');
  return {
    profile: 'tabular-data-package',
    name: input.name,
    title: input.title,
    description: input.description,
    version: input.version,
    homepage: input.homepage,
    licenses: [input.licence],
    contributors: [{ title: input.publisher, role: 'publisher' }],
    sources: input.sources,
    keywords: input.keywords,
    resources: [
      {
        profile: 'tabular-data-resource',
        name: input.name,
        title: `${input.title}: microdata`,
        description: 'One row per respondent; answers stored as numeric codes (see the codebook).',
        ...csvResourceFile(input.dataFile),
        schema: {
          fields: dataFields(input.variables, input.missingCodes),
          missingValues: ['', ...input.missingCodes.map(String)],
          ...(idField ? { primaryKey: idField.name } : {}),
        },
      },
      {
        profile: 'tabular-data-resource',
        name: `${input.name}-codebook`,
        title: `${input.title}: codebook`,
        description: 'One row per variable and value, with labels in Albanian (sq), English (en) and Serbian (sr).',
        ...csvResourceFile(input.codebookFile),
        schema: { fields: CODEBOOK_CSV_FIELDS.map((field) => ({ ...field })), missingValues: [''] },
      },
    ],
  };
}
