/**
 * From the coded countries to the project's sources: the codebook (scales, modules, demographics,
 * questions per module, every text with whose words it is) and the coded microdata as CSV rows.
 * Pure: no I/O, so re-running on the same export gives byte-identical files.
 */
import { MISSING, type CountryIso, type Demographic, type LocalSuppression, type Module, type Question, type Scale, type TextOrigin } from '../../../src/lib/codebook/schema.ts';
import type { CodedCountry } from './code-country.ts';
import type { ImportMap } from './load-map.ts';
import { originOf, questionnaireCode } from './provenance.ts';

const LANGS = ['sq', 'en', 'sr'] as const;

export interface BuiltSources {
  scales: Scale[];
  modules: Module[];
  demographics: Demographic[];
  /** The map's local suppression minimum, where the map has the rule (the codebook records what was applied). */
  localSuppression?: LocalSuppression;
  /** Questions per map file name (questions/NN-module.yaml). */
  questionFiles: { module: string; questions: Question[] }[];
  /** The CSV header and rows of responses.csv. */
  header: string[];
  rows: string[][];
}

function textOrigin(texts: { sq: string; en: string; sr: string }, raws: Partial<Record<'sq' | 'en' | 'sr', (string | undefined)[]>>): TextOrigin {
  const origin = {} as TextOrigin;
  for (const lang of LANGS) origin[lang] = originOf(texts[lang], raws[lang] ?? []);
  return origin;
}

export function buildSources(map: ImportMap, countries: CodedCountry[], countryCodes: Record<CountryIso, number>): BuiltSources {
  const byIso = new Map(countries.map((country) => [country.iso, country]));
  const usedScales = new Set(map.questions.map((question) => question.scaleId));

  const scales: Scale[] = map.scales.filter((scale) => usedScales.has(scale.id)).map((scale) => ({
    id: scale.id,
    ordered: scale.ordered,
    values: scale.values.map((value) => ({ code: value.code, label: value.label, origin: textOrigin(value.label, { sq: value.raw, en: value.raw, sr: value.raw }) })),
  }));

  const modules: Module[] = map.modules.map((module) => ({ id: module.id, order: module.order, title: module.title, description: module.description }));

  // A demographic value is listed for the countries where respondents still hold it after merging. The
  // merge threshold goes with it where the merge rule applied (mergeRareValues needs both fields).
  const demographics: Demographic[] = map.demographics.map((demographic) => ({
    id: demographic.id,
    label: demographic.label,
    ...(demographic.mergeBelow !== undefined && demographic.mergeInto !== undefined ? { mergeBelow: demographic.mergeBelow } : {}),
    values: demographic.values.flatMap((value) => {
      const present = countries.filter((country) => (!value.countries || value.countries.includes(country.iso)) && country.demographics.get(demographic.id)?.includes(value.code)).map((country) => country.iso);
      return present.length === 0 ? [] : [{ code: value.code, label: value.label, ...(present.length < countries.length || value.countries ? { countries: present } : {}) }];
    }),
  }));

  const questionFiles: BuiltSources['questionFiles'] = [];
  for (const question of map.questions) {
    const isos = (Object.keys(question.columns) as CountryIso[]).filter((iso) => byIso.has(iso));
    const ordered = countries.map((country) => country.iso).filter((iso) => isos.includes(iso));
    const allHeaders = ordered.map((iso) => byIso.get(iso)?.headers.get(question.id) ?? {});
    const origin: Partial<Record<CountryIso, TextOrigin>> = {};
    const codes: Partial<Record<CountryIso, string>> = {};
    let askedOfSubset = false;
    for (const iso of ordered) {
      const headers = byIso.get(iso)?.headers.get(question.id) ?? {};
      const shown = question.wordingByCountry?.[iso] ?? question.wording;
      origin[iso] = textOrigin(shown, {
        en: [headers.en],
        sq: [headers.sq, headers.db],
        // Serbian exists only in Albania's file; a Serbian text reused from it is still the questionnaire's.
        sr: allHeaders.map((h) => h.sr),
      });
      const code = headers.db === undefined ? undefined : questionnaireCode(headers.db);
      if (code !== undefined) codes[iso] = code;
      if (byIso.get(iso)?.answers.get(question.id)?.includes(MISSING.notAsked)) askedOfSubset = true;
    }
    const built: Question = {
      id: question.id,
      module: question.module,
      scale: question.scaleId,
      short: question.short,
      wording: question.wording,
      ...(question.wordingByCountry ? { wordingByCountry: question.wordingByCountry } : {}),
      key: { codes: [...question.keyCodes].sort((a, b) => a - b), label: question.key.label },
      countries: ordered,
      waves: [map.exportInfo.wave],
      ...(question.notes ? { notes: question.notes } : {}),
      ...(askedOfSubset ? { askedOfSubset: true } : {}),
      ...(Object.keys(codes).length > 0 ? { questionnaireCode: codes } : {}),
      origin,
    };
    const file = questionFiles.find((entry) => entry.module === question.module);
    if (file) file.questions.push(built);
    else questionFiles.push({ module: question.module, questions: [built] });
  }

  const header = ['id', 'country', 'wave', ...map.demographics.map((d) => d.id), 'weight', ...map.questions.map((q) => q.id)];
  const rows: string[][] = [];
  for (const country of countries) {
    for (let r = 0; r < country.respondents; r += 1) {
      const row = [`${country.iso}-${String(r + 1).padStart(4, '0')}`, String(countryCodes[country.iso]), String(map.exportInfo.wave)];
      for (const demographic of map.demographics) row.push(String(country.demographics.get(demographic.id)?.[r] ?? ''));
      // The export carries no design weights: every respondent counts once.
      row.push('1');
      for (const question of map.questions) row.push(String(country.answers.get(question.id)?.[r] ?? MISSING.notAsked));
      rows.push(row);
    }
  }
  const localSuppression = map.localSuppression ? { keys: [...map.localSuppression.keys], minimum: map.localSuppression.minimum } : undefined;
  return { scales, modules, demographics, ...(localSuppression ? { localSuppression } : {}), questionFiles, header, rows };
}
