/**
 * The cross-tab of one state straight from the data columns, without a database: the same selection
 * as the SQL builder's cells query (answers outside the excluded missing codes, a breakdown without
 * missing codes, the filters' values, an answer group counted as one row), summed with the statistics library's sumCells and turned into
 * a table by crosstabFromCells. The embed page uses it, so that drawing one chart never downloads
 * DuckDB; a unit test checks it against DuckDB running the SQL builder's query on the same file.
 */
import { at } from '../stats/at.ts';
import { sumCells, type CrosstabResult } from '../stats/index.ts';
import { buildCrosstabQuery, excludedAnswerCodes, groupCodes, TOTAL_COLUMN } from './sql.ts';
import { GROUP_ROW, REST_ROW } from './measure.ts';
import { MISSING_ANSWER_CODES } from './sql-identifiers.ts';
import { crosstabFromCells } from './sql-result.ts';
import type { ExplorerState, StateVocabulary } from './state.ts';
import { WEIGHT_COLUMN } from '../survey/columns.ts';

/** A decoded column: codes (or weights) by respondent, in file order. */
export type NumericColumn = ArrayLike<number>;

/** The data columns a state needs (the same list the engine loads). */
export function columnsForState(state: ExplorerState, vocabulary: StateVocabulary): string[] {
  return buildCrosstabQuery(state, vocabulary).columns;
}

export function crosstabFromColumns(state: ExplorerState, vocabulary: StateVocabulary, columns: Readonly<Record<string, NumericColumn>>): CrosstabResult {
  // Validates the state against the codebook as the SQL path does, and gives the table's rows and columns.
  const query = buildCrosstabQuery(state, vocabulary);
  const get = (name: string): NumericColumn => {
    const data = columns[name];
    if (!data) throw new Error(`Column ${name} is not loaded`);
    return data;
  };
  const answers = get(state.question);
  const groups = state.breakdown === 'none' ? null : get(state.breakdown);
  const weights = state.weighted ? get(WEIGHT_COLUMN) : null;
  const excluded = new Set(excludedAnswerCodes(state.includeMissing));
  // With an answer group, every answer counts as the group's row or the rest's, as in the SQL's CASE.
  const grouped = groupCodes(state, vocabulary);
  const inGroup = grouped ? new Set(grouped) : null;
  const rowOf = (answer: number): number => (inGroup ? (inGroup.has(answer) ? GROUP_ROW : REST_ROW) : answer);
  const missingGroup = new Set<number>(MISSING_ANSWER_CODES);
  const filters = Object.entries(state.filters)
    .filter(([, codes]) => (codes?.length ?? 0) > 0)
    .map(([id, codes]) => ({ data: get(id), allowed: new Set(codes) }));

  function* records(): Generator<{ row: number; col: string; weight: number }> {
    for (let i = 0; i < answers.length; i += 1) {
      const answer = at(answers, i);
      if (Number.isNaN(answer) || excluded.has(answer)) continue;
      const group = groups ? at(groups, i) : null;
      if (group !== null && (Number.isNaN(group) || missingGroup.has(group))) continue;
      if (!filters.every((filter) => filter.allowed.has(at(filter.data, i)))) continue;
      yield { row: rowOf(answer), col: group === null ? TOTAL_COLUMN : String(group), weight: weights ? at(weights, i) : 1 };
    }
  }
  return crosstabFromCells(query, sumCells(records()));
}
