/**
 * Checks across codebook files that the per-file schemas cannot see: references resolve, ids and codes
 * are unique, key answers make sense for the scale, and countries and waves belong to the dataset.
 */
import { sourceError, type FieldPath } from '../lib/yaml-source.ts';
import { RESERVED_COLUMNS } from '../../src/lib/survey/columns.ts';
import { releaseProblem } from '../../src/lib/release.ts';
import type { CountryIso, ValueLabel } from '../../src/lib/codebook/schema.ts';
import { methodSlotValues } from '../../src/lib/codebook/method-text.ts';
import { slotNames } from '../../src/lib/fill-slots.ts';
import { LANGS } from '../../src/lib/i18n-langs.ts';
import { disclosureRules, ETHNICITY } from '../../src/lib/survey/disclosure.ts';
import type { Located, LocatedCodebook } from './load-codebook.ts';

function fail(item: Located<unknown>, subPath: FieldPath, reason: string): never {
  throw sourceError(item.source, [...item.path, ...subPath], reason);
}

/** Reports the second occurrence of any key. */
function requireUnique<T>(items: Located<T>[], keyOf: (value: T) => string | number, subPath: FieldPath, what: string): void {
  const seen = new Set<string | number>();
  for (const item of items) {
    const key = keyOf(item.value);
    if (seen.has(key)) fail(item, subPath, `duplicate ${what}`);
    seen.add(key);
  }
}

function checkValues(owner: Located<{ values: ValueLabel[] }>, datasetCountries: ReadonlySet<CountryIso>): void {
  const seen = new Set<number>();
  owner.value.values.forEach((value, index) => {
    if (seen.has(value.code)) fail(owner, ['values', index, 'code'], 'duplicate code in this list of values');
    seen.add(value.code);
    value.countries?.forEach((iso, countryIndex) => {
      if (!datasetCountries.has(iso)) fail(owner, ['values', index, 'countries', countryIndex], 'not a country of the dataset');
    });
  });
}

function checkSubset<T>(item: Located<unknown>, field: string, values: readonly T[], allowed: Set<T>, what: string): void {
  const seen = new Set<T>();
  values.forEach((value, index) => {
    if (!allowed.has(value)) fail(item, [field, index], `not ${what} (${[...allowed].join(', ')})`);
    if (seen.has(value)) fail(item, [field, index], 'listed twice');
    seen.add(value);
  });
}

function checkKey(question: LocatedCodebook['questions'][number], scaleCodes: number[], ordered: boolean): void {
  const keyCodes = question.value.key.codes;
  const inScale = new Set(scaleCodes);
  keyCodes.forEach((code, index) => {
    if (!inScale.has(code)) fail(question, ['key', 'codes', index], `not a code of scale ${question.value.scale} (${scaleCodes.join(', ')})`);
    if (keyCodes.indexOf(code) !== index) fail(question, ['key', 'codes', index], 'listed twice');
  });
  if (keyCodes.length >= scaleCodes.length) fail(question, ['key', 'codes'], 'the key answers must leave out at least one answer of the scale');
  if (!ordered) return;
  // On an ordered scale the headline share is one end of the scale ("fully or somewhat"), never a middle band.
  const sorted = [...scaleCodes].sort((a, b) => a - b);
  const key = new Set(keyCodes);
  const bottom = sorted.slice(0, keyCodes.length).every((code) => key.has(code));
  const top = sorted.slice(sorted.length - keyCodes.length).every((code) => key.has(code));
  if (!bottom && !top) {
    fail(question, ['key', 'codes'], `on the ordered scale ${question.value.scale} (${sorted.join(', ')}) the key codes must be a run at one end`);
  }
}

/**
 * The disclosure rules the dataset page states: the ethnicity's `mergeBelow` and `localSuppression`
 * (written by the import from its map). Real microdata are never published without them; synthetic
 * data, which no disclosure control touched, record neither. Recording one without the other is a
 * half-written rule.
 */
function checkDisclosureRules(codebook: LocatedCodebook): void {
  const ethnicity = codebook.demographics.find((demographic) => demographic.value.id === ETHNICITY);
  const merge = ethnicity?.value.mergeBelow;
  const suppression = codebook.localSuppression.value;
  const required = !codebook.dataset.value.synthetic || merge !== undefined || suppression !== undefined;
  if (!required) return;
  const why = codebook.dataset.value.synthetic ? 'recorded together with the other disclosure rule' : 'required for real microdata: the disclosure rule the import applied, which the dataset page states; run the import again';
  if (!ethnicity) fail({ ...codebook.localSuppression, path: [] }, ['demographics'], `no demographic "${ETHNICITY}", whose rare groups the disclosure rules merge`);
  if (merge === undefined) fail(ethnicity, ['mergeBelow'], why);
  if (suppression === undefined) fail(codebook.localSuppression, [], why);
  const ids = new Set(codebook.demographics.map((demographic) => demographic.value.id));
  suppression.keys.forEach((key, index) => {
    if (!ids.has(key)) fail(codebook.localSuppression, ['keys', index], `not a demographic of the codebook (${[...ids].join(', ')})`);
  });
  if (!suppression.keys.includes(ETHNICITY)) fail(codebook.localSuppression, ['keys'], `must include "${ETHNICITY}": the rule protects non-majority respondents, told apart by it`);
}

/** Every slot of the method text has a value (src/lib/codebook/method-text.ts), in every language. */
function checkMethodSlots(codebook: LocatedCodebook): void {
  const suppression = codebook.localSuppression.value;
  const rules = disclosureRules({ demographics: codebook.demographics.map((d) => d.value), ...(suppression ? { localSuppression: suppression } : {}) });
  const known = Object.keys(methodSlotValues(rules));
  for (const lang of LANGS) {
    const unknown = slotNames(codebook.dataset.value.method[lang]).find((name) => !known.includes(name));
    if (unknown === undefined) continue;
    const fillable = known.length > 0 ? `the method can name ${known.map((name) => `{${name}}`).join(' and ')}` : 'the codebook records no disclosure rule whose parameter it could fill';
    fail(codebook.dataset, ['method', lang], `slot {${unknown}} has no value: ${fillable}`);
  }
}

export function checkCodebook(codebook: LocatedCodebook): void {
  const { dataset } = codebook;
  const countryIsos = new Set<CountryIso>(dataset.value.countries.map((country) => country.iso));
  const countries = dataset.value.countries.map((value, index) => ({ ...dataset, value, path: ['countries', index] }));
  requireUnique(countries, (country) => country.iso, ['iso'], 'country');
  requireUnique(countries, (country) => country.code, ['code'], 'country code');
  checkSubset(dataset, 'waves', dataset.value.waves, new Set(dataset.value.waves), 'a wave');
  const release = releaseProblem(dataset.value);
  if (release !== null) fail(dataset, ['version'], release);
  const view = dataset.value.explorer;
  if (view && !codebook.questions.some((question) => question.value.id === view.question)) fail(dataset, ['explorer', 'question'], 'not a question of the codebook');
  if (view?.country !== undefined && !countryIsos.has(view.country)) fail(dataset, ['explorer', 'country'], 'not a country of the dataset');

  requireUnique(codebook.scales, (scale) => scale.id, ['id'], 'scale id');
  for (const scale of codebook.scales) checkValues(scale, countryIsos);
  requireUnique(codebook.modules, (module) => module.id, ['id'], 'module id');

  for (const demographic of codebook.demographics) {
    if (RESERVED_COLUMNS.includes(demographic.value.id)) fail(demographic, ['id'], `reserved column name (${RESERVED_COLUMNS.join(', ')})`);
    checkValues(demographic, countryIsos);
    for (const iso of countryIsos) {
      const valid = demographic.value.values.filter((value) => !value.countries || value.countries.includes(iso));
      if (valid.length === 0) fail(demographic, ['values'], `no value is valid in ${iso}`);
    }
  }

  checkDisclosureRules(codebook);
  checkMethodSlots(codebook);

  const variables: Located<{ id: string }>[] = [...codebook.demographics, ...codebook.questions];
  requireUnique(variables, (variable) => variable.id, ['id'], 'variable id (questions and demographics share one namespace)');

  const scales = new Map(codebook.scales.map((scale) => [scale.value.id, scale.value]));
  const modules = new Set(codebook.modules.map((module) => module.value.id));
  const waves = new Set(dataset.value.waves);
  for (const question of codebook.questions) {
    const { value } = question;
    if (RESERVED_COLUMNS.includes(value.id)) fail(question, ['id'], `reserved column name (${RESERVED_COLUMNS.join(', ')})`);
    if (!modules.has(value.module)) fail(question, ['module'], `no module with this id (${[...modules].join(', ')})`);
    const scale = scales.get(value.scale);
    if (!scale) fail(question, ['scale'], `no scale with this id (${[...scales.keys()].join(', ')})`);
    checkKey(question, scale.values.map((option) => option.code), scale.ordered);
    checkSubset(question, 'countries', value.countries, countryIsos, 'a country of the dataset');
    checkSubset(question, 'waves', value.waves, waves, 'a wave of the dataset');
    const askedIn = new Set<string>(value.countries);
    for (const iso of Object.keys(value.wordingByCountry ?? {})) {
      if (!askedIn.has(iso)) fail(question, ['wordingByCountry', iso], `the question is not asked in ${iso}`);
    }
  }
}
