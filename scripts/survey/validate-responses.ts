/**
 * The one gate every respondent file passes, real (responses.csv) or synthetic: the header must hold
 * exactly the codebook's columns, and every value must be a code the codebook allows for that row's
 * country and wave. The first problem stops the run with a DataError naming file, row (the line in the
 * file), column and value.
 */
import type { ResolvedCodebook, ResolvedQuestion, ResolvedValue } from '../../src/lib/codebook/resolved.ts';
import { MISSING, MISSING_CODES, type CountryIso } from '../../src/lib/codebook/schema.ts';
import { isMissingCode } from '../../src/lib/codebook/missing.ts';
import { ID_COLUMN, WEIGHT_COLUMN, isAsked, tableColumns, valuesInCountry } from '../../src/lib/survey/columns.ts';
import { DataError } from '../lib/data-error.ts';
import { parseCsv, type CsvRecord } from '../lib/csv-parse.ts';
import { decodeUtf8 } from '../lib/utf8.ts';
import type { ResponseTable } from './response-table.ts';

const WHOLE_NUMBER = /^\d{1,9}$/;
const DECIMAL_NUMBER = /^\+?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Checks one cell and returns its code; `fail` raises the DataError for this cell. */
type CellCheck = (text: string, iso: CountryIso, wave: number, fail: (reason: string) => never) => number;

function codeList(values: readonly ResolvedValue[]): string {
  return values.map((value) => value.code).join(', ');
}

function parseCode(text: string, fail: (reason: string) => never): number {
  if (!WHOLE_NUMBER.test(text)) fail(text === '' ? 'empty; every cell needs a code' : 'not a whole-number code');
  return Number(text);
}

function demographicCheck(id: string, values: readonly ResolvedValue[], isos: readonly CountryIso[]): CellCheck {
  const validIn = new Map(isos.map((iso) => [iso, new Set(valuesInCountry(values, iso).map((value) => value.code))]));
  return (text, iso, _wave, fail) => {
    const code = parseCode(text, fail);
    if (validIn.get(iso)?.has(code)) return code;
    const elsewhere = values.some((value) => value.code === code);
    return fail(
      elsewhere
        ? `the code of ${id} exists but not in ${iso} (codes there: ${codeList(valuesInCountry(values, iso))})`
        : `not a code of ${id} (${codeList(values)})`,
    );
  };
}

function questionCheck(question: ResolvedQuestion, isos: readonly CountryIso[]): CellCheck {
  const validIn = new Map(isos.map((iso) => [iso, new Set(valuesInCountry(question.values, iso).map((value) => value.code))]));
  const missing = MISSING_CODES.join(', ');
  return (text, iso, wave, fail) => {
    const code = parseCode(text, fail);
    if (!isAsked(question, iso, wave)) {
      if (code === MISSING.notAsked) return code;
      return fail(`the question was not asked in ${iso} in ${wave}, so the value must be ${MISSING.notAsked} (not asked)`);
    }
    // A follow-up asked of some respondents only (askedOfSubset) carries 97 for the others.
    if (code === MISSING.notAsked && !question.askedOfSubset) return fail(`the question was asked in ${iso} in ${wave}, so ${MISSING.notAsked} (not asked) is not allowed`);
    if (isMissingCode(code) || validIn.get(iso)?.has(code)) return code;
    return fail(`not a code of scale ${question.scale} (${codeList(valuesInCountry(question.values, iso))}) nor a missing code (${missing})`);
  };
}

function checkHeader(header: CsvRecord, expected: readonly string[], file: string): Map<string, number> {
  const positions = new Map<string, number>();
  const known = new Set(expected);
  header.fields.forEach((name, index) => {
    const location = { file, row: header.line, column: name, value: name };
    if (positions.has(name)) throw new DataError(location, `duplicate column (also column ${(positions.get(name) ?? 0) + 1})`);
    if (!known.has(name)) throw new DataError(location, 'unknown column: not in the codebook (id, country, wave, the demographics, weight and the questions)');
    positions.set(name, index);
  });
  for (const name of expected) {
    if (!positions.has(name)) throw new DataError({ file, row: header.line, column: name }, 'required column is missing from the header');
  }
  return positions;
}

export function validateRecords(records: CsvRecord[], codebook: ResolvedCodebook, file: string): ResponseTable {
  const [header, ...rows] = records;
  if (!header) throw new DataError({ file }, 'the file is empty; it needs a header and one row per respondent');
  if (rows.length === 0) throw new DataError({ file, row: header.line }, 'the file has a header but no respondents');
  const columns = tableColumns(codebook);
  const positions = checkHeader(header, columns, file);
  const at = (name: string): number => positions.get(name) ?? 0;

  const isos = codebook.dataset.countries.map((country) => country.iso);
  const countryByCode = new Map(codebook.dataset.countries.map((country) => [country.code, country.iso]));
  const waves = new Set(codebook.dataset.waves);
  const checks = new Map<string, CellCheck>();
  for (const variable of codebook.demographics) {
    if (variable.id !== 'country' && variable.id !== 'wave') checks.set(variable.id, demographicCheck(variable.id, variable.values, isos));
  }
  for (const question of codebook.questions) checks.set(question.id, questionCheck(question, isos));
  const checked = [...checks.entries()].map(([name, check]) => ({ name, check, index: at(name), codes: new Int32Array(rows.length) }));

  const ids: string[] = [];
  const seenIds = new Map<string, number>();
  const weights = new Float64Array(rows.length);
  const countryCodes = new Int32Array(rows.length);
  const waveCodes = new Int32Array(rows.length);

  rows.forEach((record, rowIndex) => {
    const row = record.line;
    const fields = record.fields;
    if (fields.length !== header.fields.length) {
      throw new DataError({ file, row }, `${fields.length} fields, but the header has ${header.fields.length}`);
    }
    const cell = (name: string): string => fields[at(name)] ?? '';
    const failAt = (column: string, value: string) => (reason: string): never => {
      throw new DataError({ file, row, column, value }, reason);
    };

    const id = cell(ID_COLUMN);
    if (id.trim() === '') failAt(ID_COLUMN, id)('the respondent id is empty');
    const firstSeen = seenIds.get(id);
    if (firstSeen !== undefined) failAt(ID_COLUMN, id)(`duplicate respondent id (first on row ${firstSeen})`);
    seenIds.set(id, row);
    ids.push(id);

    const countryText = cell('country');
    const countryCode = parseCode(countryText, failAt('country', countryText));
    const iso = countryByCode.get(countryCode) ?? failAt('country', countryText)(`not a country code of the dataset (${codebook.dataset.countries.map((c) => `${c.code} ${c.iso}`).join(', ')})`);
    const waveText = cell('wave');
    const wave = parseCode(waveText, failAt('wave', waveText));
    if (!waves.has(wave)) failAt('wave', waveText)(`not a wave of the dataset (${codebook.dataset.waves.join(', ')})`);
    countryCodes[rowIndex] = countryCode;
    waveCodes[rowIndex] = wave;

    const weightText = cell(WEIGHT_COLUMN);
    const weight = DECIMAL_NUMBER.test(weightText) ? Number(weightText) : Number.NaN;
    if (!(Number.isFinite(weight) && weight > 0)) failAt(WEIGHT_COLUMN, weightText)('the weight must be a positive finite number');
    weights[rowIndex] = weight;

    for (const column of checked) {
      const text = fields[column.index] ?? '';
      column.codes[rowIndex] = column.check(text, iso, wave, failAt(column.name, text));
    }
  });

  const codes = new Map<string, Int32Array>([
    ['country', countryCodes],
    ['wave', waveCodes],
  ]);
  for (const column of checked) codes.set(column.name, column.codes);
  return { columns, rowCount: rows.length, ids, weights, codes };
}

/** Decodes, parses and validates a respondent file's bytes. `file` is how the file is named in messages. */
export function validateResponses(bytes: Uint8Array, codebook: ResolvedCodebook, file: string): ResponseTable {
  return validateRecords(parseCsv(decodeUtf8(bytes, file), file), codebook, file);
}
