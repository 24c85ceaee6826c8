/**
 * The subset download takes the explorer's engine as it is: its Engine type must fit the SubsetEngine
 * the download module asks for (checked by the type checker), and the module hands the engine the
 * current state and variables and turns its rows into the CSV.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Engine } from '../../../src/client/explorer/engine/engine.ts';
import { buildSubsetCsv, type SubsetEngine } from '../../../src/client/subset-download.ts';
import { subsetStrings } from '../../../src/lib/downloads/subset-strings.ts';
import type { ExplorerState } from '../../../src/lib/explorer/state.ts';
import { realCodebooks } from './fixtures.ts';

describe('subset download and the explorer engine', () => {
  it('accepts the explorer engine', () => {
    expectTypeOf<Engine>().toExtend<SubsetEngine>();
  });

  it('asks the engine for the current state and variables and writes its rows', async () => {
    const codebooks = await realCodebooks();
    const state: ExplorerState = { question: 'trust_army', breakdown: 'ethnicity', filters: { country: [3] }, weighted: true, includeMissing: false, chart: 'stacked', measure: { kind: 'answers' }, reference: null, title: null, subtitle: null };
    const calls: [ExplorerState, string[]][] = [];
    const engine: SubsetEngine = {
      subset: (s, variables) => {
        calls.push([s, variables]);
        return Promise.resolve({ columns: ['id', ...variables], rows: [['RS2024-0001', 3, 1]] });
      },
    };
    const text = await buildSubsetCsv({
      engine, codebook: codebooks.en, strings: subsetStrings('en', codebooks.en.dataset),
      currentState: () => state, variables: () => ['trust_army', 'ethnicity'], permalink: () => 'https://securitybarometer.qkss.org/en/explore/?q=trust_army',
    });
    expect(calls).toEqual([[state, ['trust_army', 'ethnicity']]]);
    expect(text.endsWith('\r\nid,trust_army,ethnicity\r\nRS2024-0001,3,1\r\n')).toBe(true);
    expect(text).toContain('# Explorer view: https://securitybarometer.qkss.org/en/explore/?q=trust_army\r\n');
  });
});
