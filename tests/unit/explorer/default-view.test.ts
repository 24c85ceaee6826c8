import { describe, expect, it } from 'vitest';
import { defaultCrosstab } from '../../../src/lib/explorer/default-view.ts';
import { jsonForScript } from '../../../src/lib/script-json.ts';
import { defaultState } from '../../../src/lib/explorer/state.ts';
import { crosstab } from '../../../src/lib/stats/index.ts';
import type { QuestionAggregates } from '../../../src/lib/survey/aggregates.ts';
import { codebook } from './fixture.ts';

const trendOf = (n: number) => crosstab([{ row: 1, col: '2024', n, sumW: n, sumW2: n }, { row: 2, col: '2024', n, sumW: n, sumW2: n }], { weighted: true });
const aggregates = {
  question: 'trust_police', datasetId: 'wbsb', version: '0.1.0', synthetic: true, weighted: true, keyCodes: [2],
  countries: [
    { country: 'AL', countryCode: 1, trend: trendOf(100), trendKey: trendOf(100), latest: { wave: 2024, byDemographic: [] } },
    { country: 'XK', countryCode: 2, trend: trendOf(200), trendKey: trendOf(200), latest: { wave: 2024, byDemographic: [] } },
  ],
} as QuestionAggregates;

describe('the pre-rendered default view', () => {
  it('is the trend table of the default country', () => {
    const state = defaultState(codebook);
    expect(state.filters).toEqual({ country: [2] });
    expect(defaultCrosstab(aggregates, state).columns[0]?.n).toBe(200 + 200);
  });

  it('refuses a state that is not a trend table of one country', () => {
    const state = defaultState(codebook);
    expect(() => defaultCrosstab(aggregates, { ...state, breakdown: 'gender' })).toThrow(/not a trend table/);
    expect(() => defaultCrosstab(aggregates, { ...state, filters: { country: [1, 2] } })).toThrow(/not a trend table/);
    expect(() => defaultCrosstab(aggregates, { ...state, includeMissing: true })).toThrow(/not a trend table/);
    expect(() => defaultCrosstab(aggregates, { ...state, filters: { country: [3] } })).toThrow(/not a trend table/);
  });

  it('hands JSON to the page that no text can break out of', () => {
    const json = jsonForScript({ label: '</script><script>alert(1)</script>', line: 'a\u2028b' });
    expect(json).not.toContain('</script');
    expect(json).not.toContain('\u2028');
    expect(JSON.parse(json)).toEqual({ label: '</script><script>alert(1)</script>', line: 'a\u2028b' });
  });
});
