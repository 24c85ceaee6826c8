/**
 * Draws one respondent's answer to one question from the latent model (see latent.ts). Ordered scales:
 * the propensity is cut into the scale's categories, the key answers at the end the key codes name.
 * Nominal scales: key versus other answers is drawn from the same propensity, then the answer within
 * each side in proportion to the model's shares. Don't know and refused come first, more often among
 * the less educated and the old. Minorities differ by country: the minority effect can be set per
 * country, and a nominal question can give minority respondents their own shares.
 */
import type { ResolvedQuestion } from '../../../src/lib/codebook/resolved.ts';
import { MISSING, type CountryIso } from '../../../src/lib/codebook/schema.ts';
import type { Effects, QuestionModel } from './model-schema.ts';
import { calibrateLevel, logistic } from './latent.ts';
import type { Rng } from './prng.ts';

/** Width of each answer category on the latent scale, in logit units. */
const CATEGORY_WIDTH = 2;
/** How much more often the less educated and the 60+ say "don't know" (and refuse). */
const DONT_KNOW_FACTOR = { primary: 1.8, old: 1.5 };
const REFUSED_FACTOR = { primary: 1.3, old: 1.3 };

/** Which model groups the respondent belongs to. */
export type GroupName = 'female' | 'age_18_29' | 'age_60_plus' | 'primary' | 'tertiary' | 'minority' | 'rural' | 'unemployed';

export interface RespondentProfile {
  groups: ReadonlySet<GroupName>;
  /** Trait values by trait name. */
  traits: ReadonlyMap<string, number>;
}

/** A question's model, ready to draw from in one country. */
export interface AnswerPlan {
  model: QuestionModel;
  ordered: boolean;
  level: number;
  firstWave: number;
  /** Group effects in this country (the minority effect resolved for it). */
  effects: ReadonlyMap<GroupName, number>;
  /** Valid codes ordered from the far non-key end to the far key end. */
  codesTowardKey: number[];
  keyCount: number;
  /** Nominal only: shares of the key and of the other codes. */
  keyCodes: number[];
  keyShares: number[];
  otherCodes: number[];
  otherShares: number[];
  /** Nominal only: the plan minority respondents draw from when the model gives them their own shares. */
  minorityPlan: AnswerPlan | undefined;
}

/** The effects that apply in `iso`: `minorityByCountry` there replaces `minority`; `withMinority` false drops it. */
export function effectsIn(effects: Effects, iso: CountryIso, withMinority = true): Map<GroupName, number> {
  const { minorityByCountry, minority, ...others } = effects;
  const resolved = new Map<GroupName, number>();
  for (const [group, effect] of Object.entries(others)) {
    if (effect !== undefined) resolved.set(group as GroupName, effect);
  }
  const minorityHere = minorityByCountry?.[iso] ?? minority;
  if (withMinority && minorityHere !== undefined) resolved.set('minority', minorityHere);
  return resolved;
}

function planFromShares(
  question: ResolvedQuestion,
  model: QuestionModel,
  iso: CountryIso,
  firstWave: number,
  shares: Record<string, number>,
  effects: Map<GroupName, number>,
): AnswerPlan {
  const key = new Set(question.key.codes);
  const sorted = question.values.map((value) => value.code).sort((a, b) => a - b);
  const keyAtBottom = key.has(sorted[0] ?? Number.NaN) && !key.has(sorted[sorted.length - 1] ?? Number.NaN);
  const codesTowardKey = keyAtBottom ? [...sorted].reverse() : sorted;
  const shareOf = (code: number): number => shares[String(code)] ?? 0;
  const keyCodes = sorted.filter((code) => key.has(code));
  const otherCodes = sorted.filter((code) => !key.has(code));
  const keyShare = question.ordered ? (model.keyShare?.[iso] ?? 0.5) : keyCodes.reduce((total, code) => total + shareOf(code), 0);
  return {
    model,
    ordered: question.ordered,
    level: calibrateLevel(keyShare, model.trait ? model.loading : 0),
    firstWave,
    effects,
    codesTowardKey,
    keyCount: keyCodes.length,
    keyCodes,
    keyShares: keyCodes.map(shareOf),
    otherCodes,
    otherShares: otherCodes.map(shareOf),
    minorityPlan: undefined,
  };
}

export function planAnswers(question: ResolvedQuestion, model: QuestionModel, iso: CountryIso, firstWave: number): AnswerPlan {
  const plan = planFromShares(question, model, iso, firstWave, model.shares?.[iso] ?? {}, effectsIn(model.effects, iso));
  const minorityShares = question.ordered ? undefined : model.minorityShares?.[iso];
  if (!minorityShares) return plan;
  // The minority's own shares already say how they differ, so the minority effect is not added on top.
  return { ...plan, minorityPlan: planFromShares(question, model, iso, firstWave, minorityShares, effectsIn(model.effects, iso, false)) };
}

function effectSum(plan: AnswerPlan, profile: RespondentProfile): number {
  let total = 0;
  for (const [group, effect] of plan.effects) {
    if (profile.groups.has(group)) total += effect;
  }
  return total;
}

function drawMissing(rng: Rng, plan: AnswerPlan, profile: RespondentProfile): number | undefined {
  const primary = profile.groups.has('primary');
  const old = profile.groups.has('age_60_plus');
  const dontKnow = plan.model.dontKnow * (primary ? DONT_KNOW_FACTOR.primary : 1) * (old ? DONT_KNOW_FACTOR.old : 1);
  const refused = plan.model.refused * (primary ? REFUSED_FACTOR.primary : 1) * (old ? REFUSED_FACTOR.old : 1);
  const u = rng.next();
  if (u < dontKnow) return MISSING.dontKnow;
  if (u < dontKnow + refused) return MISSING.refused;
  return undefined;
}

function cutOrdered(plan: AnswerPlan, propensity: number): number {
  const firstKey = plan.codesTowardKey.length - plan.keyCount;
  const index =
    propensity > 0
      ? firstKey + Math.min(plan.keyCount - 1, Math.floor(propensity / CATEGORY_WIDTH))
      : firstKey - 1 - Math.min(firstKey - 1, Math.floor(-propensity / CATEGORY_WIDTH));
  return plan.codesTowardKey[index] ?? 0;
}

function drawWithin(rng: Rng, codes: number[], shares: number[]): number | undefined {
  if (codes.length === 0 || !shares.some((share) => share > 0)) return undefined;
  return codes[rng.choose(shares)];
}

export function drawAnswer(rng: Rng, countryPlan: AnswerPlan, profile: RespondentProfile, wave: number): number {
  const plan = countryPlan.minorityPlan && profile.groups.has('minority') ? countryPlan.minorityPlan : countryPlan;
  const missing = drawMissing(rng, plan, profile);
  if (missing !== undefined) return missing;
  const trait = plan.model.trait ? (profile.traits.get(plan.model.trait) ?? 0) * plan.model.loading : 0;
  const mean = plan.level + plan.model.trend * (wave - plan.firstWave) + effectSum(plan, profile) + trait;
  if (plan.ordered) return cutOrdered(plan, mean + rng.logistic());
  const key = rng.next() < logistic(mean);
  const first = key ? drawWithin(rng, plan.keyCodes, plan.keyShares) : drawWithin(rng, plan.otherCodes, plan.otherShares);
  return first ?? drawWithin(rng, plan.otherCodes, plan.otherShares) ?? drawWithin(rng, plan.keyCodes, plan.keyShares) ?? 0;
}
