/**
 * Which codebook codes make up the groups the synthetic model's effects refer to (women, 18–29, 60+,
 * primary and tertiary education, unemployed, rural). The codebook does not tag its codes, so they are
 * recognised from the English labels; a codebook whose labels cannot be read this way is rejected
 * with a message saying what was looked for.
 */
import { DataError } from '../../lib/data-error.ts';
import type { ResolvedCodebook, ResolvedVariable } from '../../../src/lib/codebook/resolved.ts';

/** The demographics the generator draws and the model's effects refer to. */
export const GENERATED_DEMOGRAPHICS = ['gender', 'age_group', 'education', 'employment', 'ethnicity', 'region', 'settlement'] as const;

/** Coarse employment status, used to draw employment realistically by age. */
export type EmploymentKind = 'employed' | 'unemployed' | 'student' | 'retired' | 'other';

export interface GroupCodes {
  female: Set<number>;
  age_18_29: Set<number>;
  age_60_plus: Set<number>;
  primary: Set<number>;
  tertiary: Set<number>;
  unemployed: Set<number>;
  rural: Set<number>;
  /** Employment codes by kind. */
  employment: Map<number, EmploymentKind>;
}

const FEMALE = /\b(female|wom[ae]n)\b/i;
const PRIMARY = /primary|elementary|no (formal )?school|none|less than/i;
const TERTIARY = /tertiary|universit|higher|college|degree|bachelor|master|doctor|phd/i;
const RURAL = /rural|village/i;
const UNEMPLOYED = /unemploy|not employed|jobless|looking for/i;
const STUDENT = /student|pupil|school/i;
const RETIRED = /retire|pension/i;
const EMPLOYED = /employ|work|business|farmer/i;

function codesMatching(variable: ResolvedVariable, pattern: RegExp): Set<number> {
  return new Set(variable.values.filter((value) => pattern.test(value.label)).map((value) => value.code));
}

/** The lower bound of an age band label such as "18–29" or "60+". */
function lowerAge(label: string): number | undefined {
  const match = /\d+/.exec(label);
  return match ? Number(match[0]) : undefined;
}

function employmentKind(label: string): EmploymentKind {
  if (UNEMPLOYED.test(label)) return 'unemployed';
  if (RETIRED.test(label)) return 'retired';
  if (STUDENT.test(label)) return 'student';
  if (EMPLOYED.test(label)) return 'employed';
  return 'other';
}

/** `english` must be the English ResolvedCodebook; `file` is demographics.yaml as shown in messages. */
export function groupCodes(english: ResolvedCodebook, file: string): GroupCodes {
  const variables = new Map(english.demographics.map((variable) => [variable.id, variable]));
  const need = (id: (typeof GENERATED_DEMOGRAPHICS)[number]): ResolvedVariable => {
    const found = variables.get(id);
    if (!found) throw new DataError({ file, column: id }, `the synthetic-data generator needs a demographic "${id}" (${GENERATED_DEMOGRAPHICS.join(', ')})`);
    return found;
  };
  const nonEmpty = (id: string, codes: Set<number>, lookedFor: string): Set<number> => {
    if (codes.size === 0) throw new DataError({ file, column: id }, `the synthetic-data generator cannot tell which code means ${lookedFor} from the English labels`);
    return codes;
  };
  for (const id of GENERATED_DEMOGRAPHICS) need(id);
  const ages = need('age_group').values;
  const ageCodes = (test: (lower: number) => boolean): Set<number> =>
    new Set(ages.filter((value) => test(lowerAge(value.label) ?? Number.NaN)).map((value) => value.code));
  return {
    female: nonEmpty('gender', codesMatching(need('gender'), FEMALE), 'women ("Female", "Woman")'),
    age_18_29: nonEmpty('age_group', ageCodes((lower) => lower < 30), 'ages under 30 (a label starting with its lower bound, e.g. "18–29")'),
    age_60_plus: nonEmpty('age_group', ageCodes((lower) => lower >= 60), 'ages 60 and over (e.g. "60+")'),
    primary: nonEmpty('education', codesMatching(need('education'), PRIMARY), 'primary education ("Primary")'),
    tertiary: nonEmpty('education', codesMatching(need('education'), TERTIARY), 'tertiary education ("Tertiary", "University")'),
    unemployed: nonEmpty('employment', codesMatching(need('employment'), UNEMPLOYED), 'unemployed ("Unemployed")'),
    rural: nonEmpty('settlement', codesMatching(need('settlement'), RURAL), 'rural settlement ("Rural")'),
    employment: new Map(need('employment').values.map((value) => [value.code, employmentKind(value.label)])),
  };
}
