/** Editorial choices of the indicator pages, in one place. */

/** The demographics an indicator page breaks its latest wave down by, in panel order. */
export const BREAKDOWN_DEMOGRAPHICS = ['gender', 'age_group', 'ethnicity', 'settlement', 'region'] as const;

/** The questions the home page leads with (ids missing from the codebook are skipped). */
export const HEADLINE_QUESTIONS = [
  'trust_police',
  'trust_army',
  'threat_corruption',
  'eu_support',
  'safety_neighborhood_night',
] as const;

/** The headline ids that exist in a codebook, in headline order. */
export function headlineIds(available: Iterable<string>): string[] {
  const ids = new Set(available);
  return HEADLINE_QUESTIONS.filter((id) => ids.has(id));
}
