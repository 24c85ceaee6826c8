/**
 * The explorer's whole state, as it lives in the URL (the language is the path, everything else the
 * query): ?q=trust_army&by=ethnicity&country=2&wave=2024&w=1&dk=0&chart=grouped
 *
 *   q      question id (a column of the survey)
 *   by     breakdown: "none", "wave", a demographic id or another question id
 *   <id>   a filter on a demographic (country, wave, gender, …): comma-separated codes
 *   w      1 weighted (default), 0 unweighted
 *   dk     1 include don't know / refused, 0 exclude (default)
 *   chart  stacked | grouped | lines
 *   ref    the reference group every other group is compared with: a code of the breakdown
 *   t, st  the chart's own title and subtitle (a journalist's words; plain text, escaped wherever shown)
 *   m      the measure: absent = every answer, "key" = the headline group, "3,4" = those answers added up
 *
 * Every URL is parsed against the codebook: anything unknown or malformed is dropped, reported as a
 * problem (the page shows a notice) and replaced by a valid default. A valid value that does not fit
 * the rest of the state (chart=lines without the breakdown by wave) is changed, and that is reported
 * too: nothing is normalised silently. Ids in the state therefore always name real codebook
 * variables, which is what lets the SQL builder use them as identifiers.
 */
import { z } from 'zod';
import { EVERY_ANSWER, parseMeasure, serializeMeasure, type Measure } from './measure.ts';

// The portal's Content-Security-Policy forbids eval. Zod's JIT probes for it with `new Function('')`,
// and the probe alone is reported as a CSP violation in the browser, so parse without the JIT.
z.config({ jitless: true });

export const CHART_TYPES = ['stacked', 'grouped', 'lines'] as const;
export type ChartType = (typeof CHART_TYPES)[number];

/** The one rule for lines: they join waves, so only a breakdown by wave can be drawn as lines. */
export function linesAllowed(breakdown: string): boolean {
  return breakdown === 'wave';
}

/** The chart a state is drawn as: its own, or grouped bars where it asks for lines that are not allowed. */
export function drawnChart(state: Pick<ExplorerState, 'chart' | 'breakdown'>): ChartType {
  return state.chart === 'lines' && !linesAllowed(state.breakdown) ? 'grouped' : state.chart;
}

export interface ExplorerState {
  question: string;
  breakdown: string;
  /** Demographic id → selected codes (sorted, unique). An absent id means no filter. */
  filters: Record<string, number[]>;
  weighted: boolean;
  includeMissing: boolean;
  chart: ChartType;
  /** Every answer, or one group of answers with its own interval. */
  measure: Measure;
  /** The breakdown's group (its code) every other group is compared with; null for no comparison. */
  reference: string | null;
  /** The chart's title and subtitle as the reader wrote them; null for the generated ones. */
  title: string | null;
  subtitle: string | null;
}

/** What the parser needs to know of the codebook (a ResolvedCodebook fits). */
export interface StateVocabulary {
  questions: readonly { id: string; values: readonly { code: number }[]; key?: { codes: readonly number[] } }[];
  demographics: readonly { id: string; values: readonly { code: number }[] }[];
  /** The default view dataset.yaml declares (explorer: question, country). */
  dataset?: { explorer?: { question: string; country?: number } };
}

/** Which part of the URL was wrong, for the notice. */
export interface StateProblem {
  param: string;
  /** The offending value, shortened for display. */
  value: string;
  /** Why a valid value was changed; absent when the value was not understood and was dropped. */
  reason?: 'lines-need-wave';
}

const RESERVED = ['q', 'by', 'w', 'dk', 'chart', 'm', 'ref', 't', 'st'] as const;
/** A title is one line of plain text: no control characters, not blank, at most 160 characters. */
const ChartText = z.string().max(160).regex(/^[^\u0000-\u001f\u007f]*$/).transform((text) => text.trim()).pipe(z.string().min(1));
const MAX_VALUE_LENGTH = 200;
const Flag = z.enum(['0', '1']);
const Code = z.string().regex(/^\d{1,4}$/).transform(Number);

/** The dataset's declared default view (dataset.yaml, explorer), else its first question in every country. */
export function defaultState(vocabulary: StateVocabulary): ExplorerState {
  const view = vocabulary.dataset?.explorer;
  const question = view ? vocabulary.questions.find((q) => q.id === view.question) : vocabulary.questions[0];
  if (!question) throw new Error(view ? `The explorer's default question ${view.question} is not in the codebook` : 'The codebook has no questions');
  const country = view?.country;
  const known = country !== undefined && vocabulary.demographics.find((d) => d.id === 'country')?.values.some((v) => v.code === country);
  return {
    question: question.id,
    breakdown: 'wave',
    filters: known ? { country: [country] } : {},
    weighted: true,
    includeMissing: false,
    chart: 'lines',
    measure: EVERY_ANSWER,
    reference: null,
    title: null,
    subtitle: null,
  };
}

/** The codes of the variable a breakdown names (a demographic, the wave or a question). */
function breakdownCodes(vocabulary: StateVocabulary, breakdown: string): Set<string> {
  const variable = vocabulary.demographics.find((d) => d.id === breakdown) ?? vocabulary.questions.find((q) => q.id === breakdown);
  return new Set(variable?.values.map((v) => String(v.code)) ?? []);
}

function shorten(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

export function parseState(params: URLSearchParams, vocabulary: StateVocabulary): { state: ExplorerState; problems: StateProblem[] } {
  const state = defaultState(vocabulary);
  const problems: StateProblem[] = [];
  const reject = (param: string, value: string) => problems.push({ param: shorten(param), value: shorten(value) });
  const questionIds = new Set(vocabulary.questions.map((q) => q.id));
  const demographics = new Map(vocabulary.demographics.map((d) => [d.id, new Set(d.values.map((v) => v.code))]));
  const seen = new Set<string>();
  // A query that names any known parameter is a whole state (serializeState writes every filter), so
  // its filters start empty: otherwise "no filter" could not be linked to. Only an empty or wholly
  // unknown query keeps the default filters.
  const known = (param: string) => (RESERVED as readonly string[]).includes(param) || demographics.has(param);
  if ([...params.keys()].some(known)) state.filters = {};

  // The measure is checked against the question, which may come later in the query.
  let measureValue: string | null = null;
  let referenceValue: string | null = null;
  for (const [param, value] of params) {
    if (seen.has(param)) { reject(param, value); continue; }
    seen.add(param);
    if (value.length > MAX_VALUE_LENGTH || param.length > 40) { reject(param, value); continue; }
    if (param === 'q') {
      if (questionIds.has(value)) state.question = value; else reject(param, value);
    } else if (param === 'by') {
      if (value === 'none' || value === 'wave' || demographics.has(value) || questionIds.has(value)) state.breakdown = value;
      else reject(param, value);
    } else if (param === 'w' || param === 'dk') {
      const flag = Flag.safeParse(value);
      if (!flag.success) reject(param, value);
      else if (param === 'w') state.weighted = flag.data === '1';
      else state.includeMissing = flag.data === '1';
    } else if (param === 'm') {
      measureValue = value;
    } else if (param === 'ref') {
      referenceValue = value;
    } else if (param === 't' || param === 'st') {
      const text = ChartText.safeParse(value);
      if (!text.success) reject(param, value);
      else if (param === 't') state.title = text.data;
      else state.subtitle = text.data;
    } else if (param === 'chart') {
      const chart = z.enum(CHART_TYPES).safeParse(value);
      if (chart.success) state.chart = chart.data; else reject(param, value);
    } else if (demographics.has(param)) {
      const valid = demographics.get(param) ?? new Set<number>();
      const codes = value.split(',').map((part) => Code.safeParse(part));
      if (value === '' || codes.some((c) => !c.success || !valid.has(c.data))) { reject(param, value); continue; }
      state.filters[param] = [...new Set(codes.map((c) => (c.success ? c.data : 0)))].sort((a, b) => a - b);
    } else {
      reject(param, value);
    }
  }
  if (measureValue !== null) {
    const question = vocabulary.questions.find((q) => q.id === state.question);
    const measure = question ? parseMeasure(measureValue, question) : null;
    if (measure) state.measure = measure; else reject('m', measureValue);
  }
  // A question cannot be broken down by itself.
  if (state.breakdown === state.question) { reject('by', state.breakdown); state.breakdown = 'none'; }
  if (state.chart === 'lines' && !linesAllowed(state.breakdown)) {
    // Lines join waves; by any other breakdown the default is drawn as grouped bars. Said only when
    // the URL asked for lines (the default chart is lines, so a URL without chart= says nothing).
    if (params.get('chart') === 'lines') problems.push({ param: 'chart', value: 'lines', reason: 'lines-need-wave' });
    state.chart = 'grouped';
  }
  // Checked last: the reference must be a group of the breakdown finally chosen.
  if (referenceValue !== null) {
    if (breakdownCodes(vocabulary, state.breakdown).has(referenceValue)) state.reference = referenceValue; else reject('ref', referenceValue);
  }
  return { state, problems };
}

export function serializeState(state: ExplorerState): string {
  const params = new URLSearchParams();
  params.set('q', state.question);
  params.set('by', state.breakdown);
  for (const id of Object.keys(state.filters).sort()) {
    const codes = state.filters[id];
    if (codes && codes.length > 0 && !(RESERVED as readonly string[]).includes(id)) params.set(id, codes.join(','));
  }
  params.set('w', state.weighted ? '1' : '0');
  params.set('dk', state.includeMissing ? '1' : '0');
  params.set('chart', state.chart);
  const measure = serializeMeasure(state.measure);
  if (measure !== null) params.set('m', measure);
  if (state.reference !== null) params.set('ref', state.reference);
  if (state.title !== null) params.set('t', state.title);
  if (state.subtitle !== null) params.set('st', state.subtitle);
  // Commas separate filter codes; written as they are, permalinks stay readable (country=2,3).
  return params.toString().replace(/%2C/g, ',');
}

/** Link to the explorer showing a state, in a language. */
export function explorerHref(lang: string, state: ExplorerState): string {
  return `/${lang}/explore/?${serializeState(state)}`;
}
