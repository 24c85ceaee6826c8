/**
 * Which variables the explorer's subset download holds: always the respondent id, country, wave and
 * weight, the view's question and breakdown and the demographics it filters on; then whatever
 * demographics the reader adds. Listed in the microdata's column order, so the subset reads like a
 * slice of the full file.
 */
import type { ResolvedCodebook, ResolvedVariable } from '../codebook/resolved.ts';
import type { ExplorerState } from '../explorer/state.ts';
import { ID_COLUMN, tableColumns, WEIGHT_COLUMN } from '../survey/columns.ts';

/** Demographics every subset carries, whatever the view. */
export const SUBSET_DESIGN_DEMOGRAPHICS: readonly string[] = ['country', 'wave'];

/** The demographics a reader may add (the design ones are always in). */
export function optionalSubsetDemographics(codebook: ResolvedCodebook): ResolvedVariable[] {
  return codebook.demographics.filter((variable) => !SUBSET_DESIGN_DEMOGRAPHICS.includes(variable.id));
}

/** The subset's variables for a view and the demographics the reader added; names the codebook lacks are ignored. */
export function subsetVariables(codebook: ResolvedCodebook, state: ExplorerState, added: readonly string[]): string[] {
  const filtered = Object.keys(state.filters).filter((id) => (state.filters[id]?.length ?? 0) > 0);
  const wanted = new Set<string>([ID_COLUMN, ...SUBSET_DESIGN_DEMOGRAPHICS, WEIGHT_COLUMN, state.question, ...filtered, ...added]);
  if (state.breakdown !== 'none') wanted.add(state.breakdown);
  return tableColumns(codebook).filter((name) => wanted.has(name));
}
