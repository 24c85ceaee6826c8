/**
 * KCSS's published survey figures (data/published/*.csv): one row per figure as it was printed, with
 * its source, and where one corresponds, the codebook question and the answers it counts. Published
 * figures are never mixed with values computed from the microdata: they travel in their own table and
 * every reader of it says which is which. Pure: shared by the pipeline (validation) and the pages.
 */
import type { CountryIso } from '../codebook/schema.ts';

export const PUBLISHED_ID = 'published';
/** The release of the published-figures dataset: bump the version and date when its rows change. */
export const PUBLISHED_RELEASE = { version: '1.0.0', date: '2026-12-01' } as const;
export const SURVEYS = ['KSB', 'WBSB', 'other'] as const;
export const UNITS = ['percent', 'points', 'count', 'scale', 'text'] as const;
export const COUNTRIES: readonly CountryIso[] = ['AL', 'XK', 'RS'];

/** The columns of the source files, in order. */
export const FIGURE_COLUMNS = [
  'id', 'row', 'survey', 'edition', 'fieldwork_year', 'country', 'indicator', 'wording', 'question', 'answers',
  'subgroup', 'value', 'qualifier', 'value_text', 'unit', 'source_url', 'flags', 'conflict',
] as const;

export interface PublishedFigure {
  /** `A064-2`: the source row and the figure's place in it. */
  id: string;
  /** Row of the research table (published-figures.md, section A). */
  row: string;
  survey: (typeof SURVEYS)[number];
  /** The edition and fieldwork, as described by the research table. */
  edition: string;
  /** The year the figure refers to; null when the source gives a range or no year. */
  fieldworkYear: number | null;
  country: CountryIso | null;
  /** What the figure measures, in the research table's words (English). */
  indicator: string;
  /** The answer wording as printed. */
  wording: string;
  /** The codebook question it corresponds to, or null. */
  question: string | null;
  /** Codes of that question's scale that the figure counts (empty without a question). */
  answers: number[];
  subgroup: string | null;
  /** The number as printed; null when the published value is not a plain number. */
  value: number | null;
  /** "about", "over", … as printed before the number; never folded into the value. */
  qualifier: string | null;
  /** The value exactly as printed. */
  valueText: string;
  unit: (typeof UNITS)[number];
  sourceUrl: string;
  flags: string;
  /** Shared by figures that report the same quantity with different numbers (all are kept). */
  conflict: string | null;
}

/** What a figure row breaks, for the pipeline's error message. */
export interface FigureProblem {
  column: string;
  reason: string;
}

const ID = /^A\d{3}-\d{1,2}$/;
const ROW = /^A\d{3}$/;
const NUMBER = /^-?\d+(\.\d+)?$/;
const ANSWERS = /^\d{1,2}(\+\d{1,2})*$/;
const CONFLICT = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The digits of a number as a printed value may write them ("37.11", "37,11"). */
function printedForms(value: string): string[] {
  return [value, value.replace('.', ',')];
}

/**
 * Parses one source row (cells by column name). `questionScale` gives a question's valid codes, or
 * undefined when the codebook has no such question. Returns the figure or the first problem.
 */
export function parseFigure(
  cells: Readonly<Record<string, string>>,
  questionScale: (id: string) => { codes: readonly number[]; countries: readonly CountryIso[] } | undefined,
): PublishedFigure | FigureProblem {
  const cell = (name: (typeof FIGURE_COLUMNS)[number]) => (cells[name] ?? '').trim();
  const id = cell('id');
  if (!ID.test(id)) return { column: 'id', reason: 'must be a source row and a number, e.g. A064-2' };
  const row = cell('row');
  if (!ROW.test(row) || !id.startsWith(`${row}-`)) return { column: 'row', reason: `must be the source row of the id (${id.split('-')[0] ?? ''})` };
  const survey = cell('survey');
  if (!(SURVEYS as readonly string[]).includes(survey)) return { column: 'survey', reason: `must be one of ${SURVEYS.join(', ')}` };
  const yearText = cell('fieldwork_year');
  const fieldworkYear = yearText === '' ? null : Number(yearText);
  if (fieldworkYear !== null && (!/^\d{4}$/.test(yearText) || fieldworkYear < 2000 || fieldworkYear > 2100)) return { column: 'fieldwork_year', reason: 'must be a year (or empty when the source gives none)' };
  const countryText = cell('country');
  if (countryText !== '' && !(COUNTRIES as readonly string[]).includes(countryText)) return { column: 'country', reason: 'must be AL, XK, RS or empty' };
  const country = countryText === '' ? null : (countryText as CountryIso);
  if (cell('indicator') === '') return { column: 'indicator', reason: 'says what the figure measures; it cannot be empty' };
  const questionText = cell('question');
  const answersText = cell('answers');
  let answers: number[] = [];
  if (questionText === '') {
    if (answersText !== '') return { column: 'answers', reason: 'answers need a question' };
  } else {
    const scale = questionScale(questionText);
    if (!scale) return { column: 'question', reason: 'not a question of the codebook' };
    if (country !== null && !scale.countries.includes(country)) return { column: 'question', reason: `the question was not asked in ${country}` };
    if (!ANSWERS.test(answersText)) return { column: 'answers', reason: 'codes of the question joined by +, e.g. 4+5' };
    answers = answersText.split('+').map(Number);
    const unknown = answers.find((code) => !scale.codes.includes(code));
    if (unknown !== undefined) return { column: 'answers', reason: `${unknown} is not a code of the question's scale (${scale.codes.join(', ')})` };
    if (answers.some((code, i) => i > 0 && code <= (answers[i - 1] ?? 0))) return { column: 'answers', reason: 'codes in ascending order, each once' };
  }
  const valueText = cell('value_text');
  if (valueText === '') return { column: 'value_text', reason: 'the value as printed is required' };
  const unit = cell('unit');
  if (!(UNITS as readonly string[]).includes(unit)) return { column: 'unit', reason: `must be one of ${UNITS.join(', ')}` };
  const valueCell = cell('value');
  let value: number | null = null;
  if (valueCell !== '') {
    if (!NUMBER.test(valueCell)) return { column: 'value', reason: 'a plain number without % or words; a qualifier such as "about" goes in the qualifier column' };
    // The number must be the one printed (or the printed text writes it in words: "Nine percent").
    const inWords = !/\d/.test(valueText);
    if (!inWords && !printedForms(valueCell).some((form) => valueText.includes(form))) return { column: 'value', reason: `the number must be the one printed in value_text (${valueText})` };
    if (unit === 'text') return { column: 'unit', reason: 'a figure with a number is not text' };
    value = Number(valueCell);
  } else if (unit !== 'text' && unit !== 'percent') {
    return { column: 'value', reason: `a figure in ${unit} needs its number` };
  }
  const qualifier = cell('qualifier');
  if (/\d/.test(qualifier)) return { column: 'qualifier', reason: 'a qualifier is a word such as "about", never a number' };
  const sourceUrl = cell('source_url');
  if (!/^https?:\/\/\S+$/.test(sourceUrl)) return { column: 'source_url', reason: 'every figure needs the http(s) address of its source' };
  const conflict = cell('conflict');
  if (conflict !== '' && !CONFLICT.test(conflict)) return { column: 'conflict', reason: 'a group id in lowercase words joined by hyphens' };
  return {
    id, row, survey: survey as PublishedFigure['survey'], edition: cell('edition'), fieldworkYear, country,
    indicator: cell('indicator'), wording: cell('wording'), question: questionText === '' ? null : questionText, answers,
    subgroup: cell('subgroup') === '' ? null : cell('subgroup'), value, qualifier: qualifier === '' ? null : qualifier,
    valueText, unit: unit as PublishedFigure['unit'], sourceUrl, flags: cell('flags'), conflict: conflict === '' ? null : conflict,
  };
}

export function isProblem(result: PublishedFigure | FigureProblem): result is FigureProblem {
  return 'reason' in result;
}

/** Whether a figure counts exactly these answers (the same measure), for everyone rather than a subgroup. */
export function isSameMeasure(figure: Pick<PublishedFigure, 'answers' | 'subgroup'>, answers: readonly number[]): boolean {
  return figure.subgroup === null && figure.answers.join('+') === [...answers].sort((a, b) => a - b).join('+');
}

/** Figures of one question that count exactly the given answers (the same measure), whole population only. */
export function seriesOf(figures: readonly PublishedFigure[], question: string, answers: readonly number[]): PublishedFigure[] {
  return figures.filter((f) => f.question === question && isSameMeasure(f, answers) && f.fieldworkYear !== null);
}

/** Qualifiers that make a figure a bound ("over 50%"), not a value: such figures are listed, not drawn or compared. */
const BOUNDS = ['over', 'more than', 'under', 'less than', 'at least', 'up to', 'no more than', 'nearly', 'almost'];

export function isBound(figure: Pick<PublishedFigure, 'qualifier'>): boolean {
  return figure.qualifier !== null && BOUNDS.includes(figure.qualifier.toLowerCase());
}
