/**
 * The benchmark's explorer states: a fixed, varied list built from the codebook (many questions, every
 * kind of breakdown the codebook offers, filters with one or several values, weighted and not, missing
 * codes in and out), each checked by the URL parser and returned as a permalink query. Nothing names a
 * wave or a variable the data may lack: the states follow the release they are run on.
 */
import type { ResolvedCodebook } from '../../src/lib/codebook/resolved.ts';
import { parseState, serializeState, type ExplorerState } from '../../src/lib/explorer/state.ts';
import { variableValues } from '../../src/lib/explorer/view.ts';

/**
 * Filters with one or several values, taken from the codebook's own codes (countries, waves, the
 * first values of a demographic), so the list fits whatever rounds and countries the data hold: a
 * single-wave release gets the same filters, with its one wave where two were asked for.
 */
function filterSets(codebook: ResolvedCodebook): Record<string, number[]>[] {
  const codes = (id: string) => variableValues(codebook, id).map((value) => value.code);
  const pick = (list: readonly number[], ...positions: number[]) => [...new Set(positions.map((at) => list[Math.max(0, Math.min(at, list.length - 1))]).filter((code) => code !== undefined))];
  const countries = codebook.dataset.countries.map((country) => country.code);
  const waves = codebook.dataset.waves;
  const last = waves.length - 1;
  const sets: Record<string, number[]>[] = [
    {},
    { country: pick(countries, 1) },
    { wave: pick(waves, last) },
    { country: pick(countries, 0, 2), gender: pick(codes('gender'), 0) },
    { wave: pick(waves, 0, 1), settlement: pick(codes('settlement'), 0) },
    { country: pick(countries, 2), age_group: pick(codes('age_group'), 0, 1) },
    { country: pick(countries, 1), wave: pick(waves, last - 1, last), education: pick(codes('education'), 2) },
  ];
  // A demographic the codebook lacks gives no codes; its filter is left out rather than left empty.
  return sets.map((set) => Object.fromEntries(Object.entries(set).filter(([, values]) => values.length > 0)));
}

export function benchSpecs(codebook: ResolvedCodebook, count: number): string[] {
  const questions = codebook.questions.map((question) => question.id);
  const filters = filterSets(codebook);
  // Every kind of breakdown the codebook offers: each demographic (country and wave first), none, and another question.
  const breakdowns = [...codebook.demographics.map((demographic) => demographic.id), 'none', 'question'];
  const specs: string[] = [];
  for (let index = 0; specs.length < count; index += 1) {
    // Strides that share no factor with the list lengths, so the combinations keep changing.
    const question = questions[(index * 7) % questions.length] ?? 'trust_police';
    const kind = breakdowns[index % breakdowns.length] ?? 'none';
    const other = questions[(index * 7 + 13) % questions.length] ?? 'trust_army';
    const state: ExplorerState = {
      question,
      breakdown: kind === 'question' ? (other === question ? 'none' : other) : kind,
      filters: filters[index % filters.length] ?? {},
      weighted: index % 4 !== 3,
      includeMissing: index % 5 === 4,
      chart: kind === 'wave' ? 'lines' : 'grouped',
      // Every sixth spec adds the headline group up in SQL, so the benchmark covers the CASE WHEN too.
      measure: index % 6 === 5 ? { kind: 'key' } : { kind: 'answers' },
      reference: null,
      title: null,
      subtitle: null,
    };
    const query = serializeState(state);
    const parsed = parseState(new URLSearchParams(query), codebook);
    if (parsed.problems.length > 0) throw new Error(`Benchmark spec ${query} is not a valid state: ${JSON.stringify(parsed.problems)}`);
    specs.push(serializeState(parsed.state));
  }
  return specs;
}
