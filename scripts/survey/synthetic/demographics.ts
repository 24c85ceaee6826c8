/**
 * Draws the demographics of one country-wave sample. Gender × age and region are drawn with the
 * population shares multiplied by the model's sampleBias, so the achieved sample is deliberately
 * off (as real fieldwork is) and the raking weights have something to correct. Each respondent also
 * gets a design weight, the number of adults in the household (one adult is interviewed per household),
 * as in a real household survey.
 */
import type { ResolvedCodebook } from '../../../src/lib/codebook/resolved.ts';
import type { CountryIso } from '../../../src/lib/codebook/schema.ts';
import { valuesInCountry } from '../../../src/lib/survey/columns.ts';
import type { EmploymentKind, GroupCodes } from './groups.ts';
import type { PreparedDistribution, PreparedPopulation } from './load-model.ts';
import type { Rng } from './prng.ts';

export interface SampledRespondent {
  /** Demographic id → code (every codebook demographic except country and wave). */
  codes: Map<string, number>;
  /** Inverse selection probability within the household. */
  designWeight: number;
  /** Raking categories. */
  genderAge: string;
  region: string;
}

/** Adults per household (1–5) and how common each is. */
const HOUSEHOLD_ADULTS = [1, 2, 3, 4, 5];
const HOUSEHOLD_ADULTS_SHARE = [0.15, 0.4, 0.25, 0.13, 0.07];

/** Employment by life stage, before splitting each kind's weight among its codes. */
const EMPLOYMENT_BY_STAGE: Record<'young' | 'middle' | 'old', Record<EmploymentKind, number>> = {
  young: { employed: 0.35, unemployed: 0.2, student: 0.35, retired: 0, other: 0.1 },
  middle: { employed: 0.6, unemployed: 0.2, student: 0.01, retired: 0.04, other: 0.15 },
  old: { employed: 0.12, unemployed: 0.05, student: 0, retired: 0.75, other: 0.08 },
};

function drawCode(rng: Rng, distribution: PreparedDistribution, weights: readonly number[] = distribution.shares): string {
  return distribution.codes[rng.choose(weights)] ?? '';
}

function employmentWeights(codes: readonly number[], groups: GroupCodes, stage: keyof typeof EMPLOYMENT_BY_STAGE, tertiary: boolean): number[] {
  const byKind = EMPLOYMENT_BY_STAGE[stage];
  const kindCount = new Map<EmploymentKind, number>();
  for (const code of codes) {
    const kind = groups.employment.get(code) ?? 'other';
    kindCount.set(kind, (kindCount.get(kind) ?? 0) + 1);
  }
  return codes.map((code) => {
    const kind = groups.employment.get(code) ?? 'other';
    // Graduates find work more easily.
    const graduateFactor = tertiary && kind === 'unemployed' ? 0.6 : 1;
    return (byKind[kind] * graduateFactor) / (kindCount.get(kind) ?? 1);
  });
}

export function drawSample(
  rng: Rng,
  count: number,
  codebook: ResolvedCodebook,
  iso: CountryIso,
  population: PreparedPopulation,
  groups: GroupCodes,
): SampledRespondent[] {
  const validCodes = new Map(
    codebook.demographics.map((variable) => [variable.id, valuesInCountry(variable.values, iso).map((value) => value.code)]),
  );
  const codesOf = (id: string): number[] => validCodes.get(id) ?? [];
  const employmentCodes = codesOf('employment');
  const settlementCodes = codesOf('settlement');
  const ruralCodes = settlementCodes.filter((code) => groups.rural.has(code));
  const urbanCodes = settlementCodes.filter((code) => !groups.rural.has(code));
  const generated = new Set(['country', 'wave', 'gender', 'age_group', 'education', 'employment', 'ethnicity', 'region', 'settlement']);
  const otherVariables = codebook.demographics.filter((variable) => !generated.has(variable.id));

  const sample: SampledRespondent[] = [];
  for (let i = 0; i < count; i += 1) {
    const genderAge = drawCode(rng, population.genderAge, population.genderAge.selection);
    const [gender = '', age = ''] = genderAge.split(':');
    const region = drawCode(rng, population.region, population.region.selection);
    const education = Number(drawCode(rng, population.education));
    const ageCode = Number(age);
    const stage = groups.age_18_29.has(ageCode) ? 'young' : groups.age_60_plus.has(ageCode) ? 'old' : 'middle';
    const employment = employmentCodes[rng.choose(employmentWeights(employmentCodes, groups, stage, groups.tertiary.has(education)))] ?? 0;
    const rural = rng.next() < population.rural && ruralCodes.length > 0;
    const settlementPool = rural || urbanCodes.length === 0 ? ruralCodes : urbanCodes;
    const codes = new Map<string, number>([
      ['gender', Number(gender)],
      ['age_group', ageCode],
      ['education', education],
      ['employment', employment],
      ['ethnicity', Number(drawCode(rng, population.ethnicity))],
      ['region', Number(region)],
      ['settlement', settlementPool[Math.floor(rng.next() * settlementPool.length)] ?? 0],
    ]);
    for (const variable of otherVariables) {
      const pool = codesOf(variable.id);
      codes.set(variable.id, pool[Math.floor(rng.next() * pool.length)] ?? 0);
    }
    const designWeight = HOUSEHOLD_ADULTS[rng.choose(HOUSEHOLD_ADULTS_SHARE)] ?? 1;
    sample.push({ codes, designWeight, genderAge, region });
  }
  return sample;
}
