/** Turns validated codebook sources into the one-language ResolvedCodebook. Pure: no I/O. */
import type { Lang } from '../i18n-langs.ts';
import { disclosureRules } from '../survey/disclosure.ts';
import { methodText } from './method-text.ts';
import { MISSING_VALUES } from './missing.ts';
import type {
  CodebookSources,
  DefaultView,
  ResolvedCodebook,
  ResolvedQuestion,
  ResolvedValue,
  ResolvedVariable,
} from './resolved.ts';
import type { CountryIso, Text, ValueLabel } from './schema.ts';

/** Labels of the two variables generated from dataset.yaml. */
const COUNTRY_LABEL: Text = { sq: 'Shteti', en: 'Country', sr: 'Država' };
const WAVE_LABEL: Text = { sq: 'Vala (viti)', en: 'Wave (year)', sr: 'Talas (godina)' };

function resolveValue(value: ValueLabel, lang: Lang): ResolvedValue {
  return {
    code: value.code,
    label: value.label[lang],
    ...(value.countries ? { countries: [...value.countries] } : {}),
    ...(value.origin ? { origin: value.origin[lang] } : {}),
  };
}

/** The explorer's default view with the country as its code (the pipeline has checked both ids). */
function defaultView(view: { question: string; country?: CountryIso | undefined }, countries: readonly { iso: CountryIso; code: number }[]): DefaultView {
  const code = countries.find((country) => country.iso === view.country)?.code;
  return { question: view.question, ...(code === undefined ? {} : { country: code }) };
}

function countryAndWave(sources: CodebookSources, lang: Lang): ResolvedVariable[] {
  const { dataset } = sources;
  return [
    {
      id: 'country',
      label: COUNTRY_LABEL[lang],
      values: dataset.countries.map((country) => ({ code: country.code, label: country.name[lang], countries: [country.iso] })),
    },
    {
      id: 'wave',
      label: WAVE_LABEL[lang],
      values: [...dataset.waves].sort((a, b) => a - b).map((wave) => ({ code: wave, label: String(wave) })),
    },
  ];
}

export function resolveCodebook(sources: CodebookSources, lang: Lang): ResolvedCodebook {
  const { dataset } = sources;
  const scales = new Map(sources.scales.map((scale) => [scale.id, scale]));

  const questions: ResolvedQuestion[] = sources.questions.map((question) => {
    const scale = scales.get(question.scale);
    if (!scale) throw new Error(`question ${question.id}: unknown scale ${question.scale}`);
    const wordingByCountry: Partial<Record<CountryIso, string>> = {};
    for (const [iso, text] of Object.entries(question.wordingByCountry ?? {}) as [CountryIso, Text | undefined][]) {
      if (text) wordingByCountry[iso] = text[lang];
    }
    return {
      id: question.id,
      module: question.module,
      scale: scale.id,
      ordered: scale.ordered,
      short: question.short[lang],
      wording: question.wording[lang],
      wordingByCountry,
      values: scale.values.map((value) => resolveValue(value, lang)),
      key: { codes: [...question.key.codes], label: question.key.label[lang] },
      countries: [...question.countries],
      waves: [...question.waves].sort((a, b) => a - b),
      ...(question.notes ? { notes: question.notes[lang] } : {}),
      askedOfSubset: question.askedOfSubset ?? false,
      questionnaireCode: { ...question.questionnaireCode },
      origin: Object.fromEntries(Object.entries(question.origin ?? {}).map(([iso, origin]) => [iso, origin[lang]])),
    };
  });

  const modules = [...sources.modules]
    .sort((a, b) => a.order - b.order)
    .map((module) => ({
      id: module.id,
      order: module.order,
      title: module.title[lang],
      description: module.description[lang],
      questions: questions.filter((question) => question.module === module.id).map((question) => question.id),
    }));

  return {
    lang,
    dataset: {
      id: dataset.id,
      title: dataset.title[lang],
      description: dataset.description[lang],
      version: dataset.version,
      synthetic: dataset.synthetic,
      unweightedWaves: [...(dataset.unweightedWaves ?? [])].sort((a, b) => a - b),
      publisher: dataset.publisher[lang],
      licence: dataset.licence,
      countries: dataset.countries.map((country) => ({ iso: country.iso, code: country.code, name: country.name[lang] })),
      waves: [...dataset.waves].sort((a, b) => a - b),
      method: methodText(dataset.method[lang], disclosureRules(sources)),
      changelog: dataset.changelog.map((entry) => ({ version: entry.version, date: entry.date, text: entry.text[lang] })),
      ...(dataset.explorer ? { explorer: defaultView(dataset.explorer, dataset.countries) } : {}),
    },
    modules,
    questions,
    demographics: [
      ...countryAndWave(sources, lang),
      ...sources.demographics.map((demographic) => ({
        id: demographic.id,
        label: demographic.label[lang],
        values: demographic.values.map((value) => resolveValue(value, lang)),
      })),
    ],
    missing: MISSING_VALUES.map((missing) => ({ code: missing.code, label: missing.label[lang] })),
  };
}
