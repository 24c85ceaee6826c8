/** The subset download's variables: the design columns, what the view uses, what the reader adds, in file order. */
import { describe, expect, it } from 'vitest';
import { optionalSubsetDemographics, subsetVariables } from '../../../src/lib/downloads/subset-variables.ts';
import type { ExplorerState } from '../../../src/lib/explorer/state.ts';
import { tableColumns } from '../../../src/lib/survey/columns.ts';
import { realCodebooks } from './fixtures.ts';

const base: ExplorerState = { question: 'trust_police', breakdown: 'wave', filters: { country: [2] }, weighted: true, includeMissing: false, chart: 'lines', measure: { kind: 'answers' }, reference: null, title: null, subtitle: null };

describe('subset variables', () => {
  it('holds id, country, wave, weight and the question for the default view', async () => {
    const { en } = await realCodebooks();
    expect(subsetVariables(en, base, [])).toEqual(['id', 'country', 'wave', 'weight', 'trust_police']);
  });

  it('adds the breakdown, the filtered demographics and the chosen ones, in the microdata column order', async () => {
    const { en } = await realCodebooks();
    const state: ExplorerState = { ...base, question: 'trust_police', breakdown: 'trust_army', filters: { gender: [2], region: [], country: [1, 3] } };
    const chosen = subsetVariables(en, state, ['settlement', 'education', 'gender']);
    // region has no selected code, so it filters nothing and is not added.
    expect(new Set(chosen)).toEqual(new Set(['id', 'country', 'wave', 'gender', 'education', 'settlement', 'weight', 'trust_police', 'trust_army']));
    const order = tableColumns(en);
    expect(chosen).toEqual([...chosen].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(chosen.indexOf('weight')).toBeLessThan(chosen.indexOf('trust_police'));
  });

  it('ignores names the codebook does not have', async () => {
    const { en } = await realCodebooks();
    expect(subsetVariables(en, { ...base, breakdown: 'ethnicity' }, ['"; DROP TABLE wbsb; --', 'nope'])).toEqual(['id', 'country', 'wave', 'ethnicity', 'weight', 'trust_police']);
  });

  it('offers every demographic except country and wave, which are always in', async () => {
    const { sq } = await realCodebooks();
    const offered = optionalSubsetDemographics(sq).map((variable) => variable.id);
    expect(offered).toEqual(sq.demographics.map((variable) => variable.id).filter((id) => id !== 'country' && id !== 'wave'));
    expect(offered.length).toBe(sq.demographics.length - 2);
  });
});
