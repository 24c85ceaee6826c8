/**
 * The benchmark's explorer states: a fixed, varied list built from the codebook (many questions, every
 * kind of breakdown, filters with one or several values, weighted and not, missing codes in and out),
 * each checked by the URL parser and returned as a permalink query.
 */
import type { ResolvedCodebook } from '../../src/lib/codebook/resolved.ts';
import { parseState, serializeState, type ExplorerState } from '../../src/lib/explorer/state.ts';

const BREAKDOWNS = ['wave', 'country', 'gender', 'age_group', 'education', 'ethnicity', 'region', 'settlement', 'employment', 'none', 'question'] as const;

const FILTERS: Record<string, number[]>[] = [
  {},
  { country: [2] },
  { wave: [2024] },
  { country: [1, 3], gender: [1] },
  { wave: [2022, 2023], settlement: [1] },
  { country: [3], age_group: [1, 2] },
  { country: [2], wave: [2023, 2024], education: [3] },
];

export function benchSpecs(codebook: ResolvedCodebook, count: number): string[] {
  const questions = codebook.questions.map((question) => question.id);
  const specs: string[] = [];
  for (let index = 0; specs.length < count; index += 1) {
    // Strides that share no factor with the list lengths, so the combinations keep changing.
    const question = questions[(index * 7) % questions.length] ?? 'trust_police';
    const kind = BREAKDOWNS[index % BREAKDOWNS.length] ?? 'wave';
    const other = questions[(index * 7 + 13) % questions.length] ?? 'trust_army';
    const state: ExplorerState = {
      question,
      breakdown: kind === 'question' ? (other === question ? 'none' : other) : kind,
      filters: FILTERS[index % FILTERS.length] ?? {},
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
