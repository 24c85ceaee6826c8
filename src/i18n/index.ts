/**
 * UI strings. Each language has one file per part of the site (src/i18n/<lang>/<part>.ts); English is the
 * reference whose keys the others must match (checked by TypeScript with `satisfies` and by a unit test).
 * To add a part: create the three files and add them to NAMESPACES below.
 */
import type { Lang } from '../lib/i18n-langs.ts';
import type { Translation } from './translation.ts';
import { site as siteEn } from './en/site.ts';
import { site as siteSq } from './sq/site.ts';
import { site as siteSr } from './sr/site.ts';
import { home as homeEn } from './en/home.ts';
import { home as homeSq } from './sq/home.ts';
import { home as homeSr } from './sr/home.ts';
import { explorer as explorerEn } from './en/explorer.ts';
import { explorer as explorerSq } from './sq/explorer.ts';
import { explorer as explorerSr } from './sr/explorer.ts';
import { indicator as indicatorEn } from './en/indicator.ts';
import { indicator as indicatorSq } from './sq/indicator.ts';
import { indicator as indicatorSr } from './sr/indicator.ts';
import { library as libraryEn } from './en/library.ts';
import { library as librarySq } from './sq/library.ts';
import { library as librarySr } from './sr/library.ts';
import { search as searchEn } from './en/search.ts';
import { search as searchSq } from './sq/search.ts';
import { search as searchSr } from './sr/search.ts';
import { data as dataEn } from './en/data.ts';
import { data as dataSq } from './sq/data.ts';
import { data as dataSr } from './sr/data.ts';
import { representation as representationEn } from './en/representation.ts';
import { representation as representationSq } from './sq/representation.ts';
import { representation as representationSr } from './sr/representation.ts';
import { cite as citeEn } from './en/cite.ts';
import { cite as citeSq } from './sq/cite.ts';
import { cite as citeSr } from './sr/cite.ts';

/** Every namespace, per language. The unit test walks this to find missing or empty strings. */
export const NAMESPACES = {
  site: { en: siteEn, sq: siteSq, sr: siteSr },
  home: { en: homeEn, sq: homeSq, sr: homeSr },
  explorer: { en: explorerEn, sq: explorerSq, sr: explorerSr },
  indicator: { en: indicatorEn, sq: indicatorSq, sr: indicatorSr },
  library: { en: libraryEn, sq: librarySq, sr: librarySr },
  search: { en: searchEn, sq: searchSq, sr: searchSr },
  data: { en: dataEn, sq: dataSq, sr: dataSr },
  representation: { en: representationEn, sq: representationSq, sr: representationSr },
  cite: { en: citeEn, sq: citeSq, sr: citeSr },
} as const;

type Namespaces = typeof NAMESPACES;
type Merge<T> = { [K in keyof T]: T[K] extends { en: infer E } ? E : never }[keyof T];
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type Reference = UnionToIntersection<Merge<Namespaces>>;
/** All keys of all namespaces. */
export type UiKey = keyof Reference;
/** Every UI string of a language: text, or plural forms where the words follow a number (plural.ts). */
export type UiStrings = Translation<Reference>;
/** The keys whose strings are plain text (no plural forms). */
export type TextKey = { [K in UiKey]: UiStrings[K] extends string ? K : never }[UiKey];

function merge(lang: Lang): UiStrings {
  const out: Record<string, unknown> = {};
  for (const ns of Object.values(NAMESPACES)) Object.assign(out, ns[lang]);
  return out as UiStrings;
}

const CACHE: Partial<Record<Lang, UiStrings>> = {};

/** The UI strings of a language. */
export function ui(lang: Lang): UiStrings {
  return (CACHE[lang] ??= merge(lang));
}

/** Fills `{name}` slots in a string: fill('n = {n}', { n: 5 }) → 'n = 5' (the one filler, see fill-slots.ts). */
export { fillSlots as fill } from '../lib/fill-slots.ts';
/** The form of a plural string for a count: fill(pluralForm(lang, t.ind_topics_count, n), { count: n }). */
export { pluralForm } from '../lib/plural.ts';
