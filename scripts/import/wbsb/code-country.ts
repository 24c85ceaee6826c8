/**
 * One country of the export, coded: every question's cells in every language file turned into codes
 * through the map's raw labels, the language files checked against each other row by row (the same
 * respondent must give the same answer in each), and every column of every file accounted for.
 */
import path from 'node:path';
import { MISSING, MISSING_CODES, type CountryIso } from '../../../src/lib/codebook/schema.ts';
import { DataError } from '../../lib/data-error.ts';
import type { ImportMap, MappedQuestion } from './load-map.ts';
import type { ColumnRef, ExportLang, MapScale, MissingRaw } from './map-schema.ts';
import { readExportFile, tidy, type ExportTable } from './read-export-file.ts';

/** The order in which a question's files are read: the first present one gives the code. */
const LANG_ORDER: readonly ExportLang[] = ['en', 'db', 'sq', 'sr'];
const CATEGORY = /^Category:/;
/**
 * AlbanianDatabase.csv has labels of its own (the questionnaire's, in another spelling) that the map
 * does not list; its columns are checked for alignment without them: each code of the English file
 * must meet one and the same label there, and each label one code.
 */
const DB_LANG: ExportLang = 'db';

export interface CodedCountry {
  iso: CountryIso;
  respondents: number;
  /** Codes per demographic id, one per respondent. */
  demographics: Map<string, Int32Array>;
  /** Codes per question id, one per respondent (97 where not asked). */
  answers: Map<string, Int32Array>;
  /** The header each question was read from, per language file (for provenance of the texts). */
  headers: Map<string, Partial<Record<ExportLang, string>>>;
  /** Rows where a language file disagreed and the map says which file wins. */
  acceptedDisagreements: { question: string; lang: ExportLang; rows: number }[];
}

function refHeader(ref: ColumnRef): { header: string; nth: number } {
  return typeof ref === 'string' ? { header: tidy(ref), nth: 1 } : { header: tidy(ref.header), nth: ref.nth };
}

function findColumn(table: ExportTable, ref: ColumnRef, fail: (reason: string) => never): number {
  const { header, nth } = refHeader(ref);
  const positions = table.headers.flatMap((name, index) => (name === header ? [index] : []));
  if (positions.length === 0) fail(`no column of ${table.file} has this header`);
  if (positions.length > 1 && typeof ref === 'string') fail(`${positions.length} columns of ${table.file} have this header; say which with { header, nth }`);
  const index = positions[nth - 1];
  return index ?? fail(`${table.file} has only ${positions.length} columns with this header`);
}

/**
 * Raw label → code. Labels are matched exactly first: the export sometimes tells two answers apart by a
 * trailing space alone (Albania's reasons not to be vaccinated). A label with spaces that differ from
 * the map's is matched with spaces collapsed, unless that form is ambiguous.
 */
export class LabelCodes {
  private readonly exact = new Map<string, number>();
  private readonly loose = new Map<string, number | 'ambiguous'>();

  constructor(values: { code: number; raw: string[] }[], ...missing: (MissingRaw | undefined)[]) {
    const add = (raw: string, code: number) => {
      this.exact.set(raw, code);
      const seen = this.loose.get(tidy(raw));
      this.loose.set(tidy(raw), seen === undefined || seen === code ? code : 'ambiguous');
    };
    for (const value of values) for (const raw of value.raw) add(raw, value.code);
    for (const block of missing) for (const code of MISSING_CODES) for (const raw of block?.[code] ?? []) add(raw, code);
  }

  /** The code of a cell as it is in the file; undefined when the label is unknown or ambiguous. */
  codeOf(cell: string): number | undefined {
    if (tidy(cell) === '') return MISSING.notAsked;
    const exact = this.exact.get(cell);
    if (exact !== undefined) return exact;
    const loose = this.loose.get(tidy(cell));
    return loose === 'ambiguous' ? undefined : loose;
  }
}

export async function codeCountry(iso: CountryIso, exportDir: string, map: ImportMap, onlyFile: (name: string) => string): Promise<CodedCountry> {
  const info = map.exportInfo.countries[iso];
  if (!info) throw new DataError({ file: 'export.yaml', column: `countries.${iso}` }, 'the country has no files');
  const tables = new Map<ExportLang, ExportTable>();
  for (const [lang, name] of Object.entries(info.files) as [ExportLang, string][]) {
    const codePage = map.exportInfo.codePages[name] ?? map.exportInfo.defaultCodePage;
    tables.set(lang, await readExportFile(path.join(exportDir, name), onlyFile(name), codePage));
  }
  const primary = tables.get('en') ?? [...tables.values()][0];
  if (!primary) throw new DataError({ file: 'export.yaml', column: `countries.${iso}.files` }, 'no files listed');
  const respondents = primary.rows.length;
  for (const table of tables.values()) {
    if (table.rows.length !== respondents) {
      throw new DataError({ file: table.file }, `${table.rows.length} respondents, but ${primary.file} has ${respondents}: the files of one country must hold the same respondents in the same order`);
    }
  }
  const claimed = new Map<ExportTable, Set<number>>([...tables.values()].map((table) => [table, new Set<number>()]));
  const claim = (table: ExportTable, index: number, by: string): void => {
    const set = claimed.get(table);
    if (set?.has(index)) throw new DataError({ file: table.file, column: table.headers[index] ?? '' }, `the column is claimed twice (again by ${by})`);
    set?.add(index);
  };

  // Demographics come from the English file; withheld columns are claimed so they are never read.
  const demographics = new Map<string, Int32Array>();
  const english = tables.get('en') ?? primary;
  for (const demographic of map.demographics) {
    const index = english.headers.findIndex((header) => demographic.headers.includes(header));
    if (index === -1) throw new DataError({ file: english.file, column: demographic.headers.join(' / ') }, `the ${demographic.id} column is missing`);
    claim(english, index, demographic.id);
    const codes = new LabelCodes(demographic.values.filter((value) => !value.countries || value.countries.includes(iso)));
    const column = new Int32Array(respondents);
    english.rows.forEach((row, r) => {
      const raw = row.fields[index] ?? '';
      const code = tidy(raw) === '' ? undefined : codes.codeOf(raw);
      if (code === undefined) throw new DataError({ file: english.file, row: row.line, column: english.headers[index] ?? '', value: raw }, `unknown label for ${demographic.id} in ${iso}: add it to demographics.yaml`);
      column[r] = code;
    });
    demographics.set(demographic.id, column);
  }
  // The other files repeat the demographics in their language; they are the same respondents, so the
  // English file's values stand, and these copies (like the withheld columns) are never read.
  const demographicHeaders = new Set(map.demographics.flatMap((demographic) => demographic.headers));
  for (const table of tables.values()) {
    table.headers.forEach((header, index) => {
      if (table !== english && demographicHeaders.has(header)) claim(table, index, 'demographic');
      if (map.withheld.some((withheld) => withheld.header === header)) claim(table, index, 'withheld');
      if (CATEGORY.test(header)) claim(table, index, 'module marker');
    });
  }
  for (const excluded of map.exportInfo.excluded.filter((entry) => entry.country === iso)) {
    const table = tables.get(excluded.lang);
    if (!table) throw new DataError({ file: 'export.yaml', column: 'excluded', value: excluded.lang }, `${iso} has no ${excluded.lang} file`);
    claim(table, findColumn(table, excluded.column, (reason) => { throw new DataError({ file: 'export.yaml', column: 'excluded', value: refHeader(excluded.column).header }, reason); }), 'excluded');
  }

  const scales = new Map(map.scales.map((scale) => [scale.id, scale]));
  const answers = new Map<string, Int32Array>();
  const headers = new Map<string, Partial<Record<ExportLang, string>>>();
  const acceptedDisagreements: CodedCountry['acceptedDisagreements'] = [];
  for (const question of map.questions) {
    const columns = question.columns[iso];
    if (!columns) continue;
    const scale = scales.get(question.scaleId) as MapScale;
    const codes = new LabelCodes(scale.values, map.exportInfo.missing, scale.missing);
    const coded = codeQuestion(question, columns, tables, codes, claim, iso);
    const winner = coded[0];
    if (!winner) continue;
    headers.set(question.id, Object.fromEntries(coded.map((entry) => [entry.lang, entry.header])));
    for (const other of coded.slice(1)) {
      const allowed = new Set(map.exportInfo.disagreements.filter((d) => d.country === iso && d.question === question.id && d.lang === other.lang).flatMap((d) => d.rows));
      const accepted = other.lang === DB_LANG ? checkOneToOne(question.id, winner, other, allowed) : checkSameCodes(question.id, winner, other, allowed);
      if (accepted > 0) acceptedDisagreements.push({ question: question.id, lang: other.lang, rows: accepted });
    }
    answers.set(question.id, winner.codes);
  }

  for (const [table, set] of claimed) {
    table.headers.forEach((header, index) => {
      if (!set.has(index)) throw new DataError({ file: table.file, column: header }, `column ${index + 1} is in no question of the map and not excluded in export.yaml`);
    });
  }
  return { iso, respondents, demographics, answers, headers, acceptedDisagreements };
}

interface CodedColumn {
  lang: ExportLang;
  table: ExportTable;
  index: number;
  header: string;
  codes: Int32Array;
}

function codeQuestion(
  question: MappedQuestion,
  columns: Partial<Record<ExportLang, ColumnRef>>,
  tables: Map<ExportLang, ExportTable>,
  codes: LabelCodes,
  claim: (table: ExportTable, index: number, by: string) => void,
  iso: CountryIso,
): CodedColumn[] {
  const coded: CodedColumn[] = [];
  for (const lang of LANG_ORDER) {
    const ref = columns[lang];
    if (ref === undefined) continue;
    const table = tables.get(lang);
    const fail = (reason: string): never => {
      throw new DataError({ file: table?.file ?? `${iso} ${lang} file`, column: refHeader(ref).header }, `question ${question.id}: ${reason}`);
    };
    if (!table) fail(`${iso} has no ${lang} file in export.yaml`);
    const t = table as ExportTable;
    const index = findColumn(t, ref, fail);
    claim(t, index, question.id);
    const column = new Int32Array(t.rows.length);
    // The coded file's own labels are read only when it is the question's sole source (Albania's
    // questions missing from the label files); beside a label file it is checked one-to-one instead.
    if (lang === DB_LANG && coded.length > 0) {
      coded.push({ lang, table: t, index, header: t.headers[index] ?? '', codes: column });
      continue;
    }
    t.rows.forEach((row, r) => {
      const raw = row.fields[index] ?? '';
      const code = codes.codeOf(raw);
      if (code === undefined) {
        throw new DataError({ file: t.file, row: row.line, column: t.headers[index] ?? '', value: raw }, `question ${question.id}: unknown label for scale ${question.scaleId}; add it to the scale's raw labels or to the missing labels`);
      }
      column[r] = code;
    });
    coded.push({ lang, table: t, index, header: t.headers[index] ?? '', codes: column });
  }
  return coded;
}

function misaligned(questionId: string, winner: CodedColumn, other: CodedColumn, r: number, reason: string): DataError {
  const row = other.table.rows[r];
  return new DataError(
    { file: other.table.file, row: row?.line ?? r + 2, column: other.header, value: tidy(row?.fields[other.index] ?? '') },
    `question ${questionId}: ${reason} (respondent ${r + 1}; ${winner.table.file} has code ${winner.codes[r]}); the columns are not aligned, or a label maps to the wrong code`,
  );
}

/** Every respondent has the same code in both files, except rows the map accepts; returns those accepted. */
function checkSameCodes(questionId: string, winner: CodedColumn, other: CodedColumn, allowed: Set<number>): number {
  let accepted = 0;
  for (let r = 0; r < winner.codes.length; r += 1) {
    if (winner.codes[r] === other.codes[r]) continue;
    if (!allowed.has(r + 1)) throw misaligned(questionId, winner, other, r, `this answer means code ${other.codes[r]}`);
    accepted += 1;
  }
  return accepted;
}

/**
 * Each label of the other file means one code of the winner, except rows the map accepts. (A code may
 * meet several labels: the map merges spelling variants, and sometimes two answers on purpose.)
 */
function checkOneToOne(questionId: string, winner: CodedColumn, other: CodedColumn, allowed: Set<number>): number {
  const codeOfLabel = new Map<string, number>();
  let accepted = 0;
  for (let r = 0; r < winner.codes.length; r += 1) {
    if (allowed.has(r + 1)) {
      accepted += 1;
      continue;
    }
    const code = winner.codes[r] ?? 0;
    const label = tidy(other.table.rows[r]?.fields[other.index] ?? '').toLowerCase();
    const seenCode = codeOfLabel.get(label);
    if (seenCode !== undefined && seenCode !== code) throw misaligned(questionId, winner, other, r, `this label means code ${seenCode} elsewhere in this column`);
    codeOfLabel.set(label, code);
  }
  return accepted;
}
