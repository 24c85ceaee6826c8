import { describe, expect, it } from 'vitest';
import { defaultState, drawnChart, linesAllowed, parseState, serializeState, type StateVocabulary } from '../../../src/lib/explorer/state.ts';

const vocabulary: StateVocabulary = {
  questions: [
    { id: 'trust_police', values: [{ code: 1 }, { code: 2 }, { code: 3 }, { code: 4 }] },
    { id: 'trust_army', values: [{ code: 1 }, { code: 2 }, { code: 3 }, { code: 4 }] },
  ],
  demographics: [
    { id: 'country', values: [{ code: 1 }, { code: 2 }, { code: 3 }] },
    { id: 'wave', values: [{ code: 2021 }, { code: 2024 }] },
    { id: 'ethnicity', values: [{ code: 1 }, { code: 2 }] },
  ],
  dataset: { explorer: { question: 'trust_police', country: 2 } },
};
const parse = (query: string) => parseState(new URLSearchParams(query), vocabulary);

describe('explorer URL state', () => {
  it('round-trips a full state', () => {
    const query = 'q=trust_army&by=ethnicity&country=2&wave=2024&w=0&dk=1&chart=stacked';
    const { state, problems } = parse(query);
    expect(problems).toEqual([]);
    expect(state).toEqual({ question: 'trust_army', breakdown: 'ethnicity', filters: { country: [2], wave: [2024] }, weighted: false, includeMissing: true, chart: 'stacked', measure: { kind: 'answers' }, reference: null, title: null, subtitle: null });
    expect(parse(serializeState(state)).state).toEqual(state);
  });

  it('falls back to the default for an empty query', () => {
    expect(parse('')).toEqual({ state: defaultState(vocabulary), problems: [] });
  });

  it('rejects unknown ids, bad codes and SQL fragments, keeping the rest', () => {
    const { state, problems } = parse("q=trust_police';DROP TABLE x;--&by=ethnicity&country=2,9&gender=1&w=yes");
    expect(state.question).toBe('trust_police'); // the default
    expect(state.breakdown).toBe('ethnicity');
    expect(state.filters).toEqual({});
    expect(state.weighted).toBe(true);
    expect(problems.map((p) => p.param)).toEqual(['q', 'country', 'gender', 'w']);
  });

  it('rejects duplicated and over-long parameters', () => {
    const { problems } = parse(`q=trust_army&q=trust_police&by=${'x'.repeat(500)}`);
    expect(problems.map((p) => p.param)).toEqual(['q', 'by']);
    expect(problems[1]?.value.length).toBeLessThanOrEqual(41);
  });

  it('sorts and de-duplicates filter codes', () => {
    expect(parse('country=3,1,3').state.filters).toEqual({ country: [1, 3] });
  });

  it('does not break a question down by itself and keeps lines for trends only', () => {
    const { state, problems } = parse('q=trust_army&by=trust_army&chart=lines');
    expect(state.breakdown).toBe('none');
    expect(state.chart).toBe('grouped');
    expect(problems.map((p) => p.param)).toEqual(['by', 'chart']);
  });

  it('says when it draws bars instead of the lines a link asked for', () => {
    const { state, problems } = parse('q=trust_army&by=ethnicity&chart=lines');
    expect(state).toMatchObject({ breakdown: 'ethnicity', chart: 'grouped' });
    expect(problems).toEqual([{ param: 'chart', value: 'lines', reason: 'lines-need-wave' }]);
    // Without chart= in the link, the default chart (lines) gives way to bars without a word.
    expect(parse('q=trust_army&by=ethnicity').problems).toEqual([]);
    expect(parse('q=trust_army&by=wave&chart=lines').problems).toEqual([]);
  });

  it('links to a view without filters: a state without filters round-trips', () => {
    const everyone = { ...defaultState(vocabulary), filters: {} };
    expect(defaultState(vocabulary).filters).toEqual({ country: [2] }); // the default does filter
    expect(parse(serializeState(everyone)).state).toEqual(everyone);
  });

  it('keeps the default filters when the query names nothing it knows', () => {
    const { state, problems } = parse('utm_source=newsletter');
    expect(state).toEqual(defaultState(vocabulary));
    expect(problems).toEqual([{ param: 'utm_source', value: 'newsletter' }]);
  });

  it('writes filter codes with plain commas', () => {
    const state = { ...defaultState(vocabulary), filters: { country: [1, 3], wave: [2021, 2024] } };
    expect(serializeState(state)).toBe('q=trust_police&by=wave&country=1,3&wave=2021,2024&w=1&dk=0&chart=lines');
  });
});

describe('the one rule for lines', () => {
  it('allows lines only across waves, and draws a request for lines by anything else as grouped bars', () => {
    expect(linesAllowed('wave')).toBe(true);
    expect(linesAllowed('gender')).toBe(false);
    expect(linesAllowed('none')).toBe(false);
    expect(drawnChart({ chart: 'lines', breakdown: 'wave' })).toBe('lines');
    expect(drawnChart({ chart: 'lines', breakdown: 'country' })).toBe('grouped');
    expect(drawnChart({ chart: 'stacked', breakdown: 'country' })).toBe('stacked');
  });
});
