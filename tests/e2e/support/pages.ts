/**
 * One representative path per page type, in the portal's languages. The shell and accessibility tests
 * run over all of them; each feature adds its page types here.
 */
import { LANGS, type Lang } from '../../../src/lib/i18n-langs.ts';

export const PAGE_TYPES: Record<string, (lang: Lang) => string> = {
  home: (lang) => `/${lang}/`,
  about: (lang) => `/${lang}/about/`,
  explore: (lang) => `/${lang}/explore/`,
  embed: (lang) => `/${lang}/embed/`,
  indicators: (lang) => `/${lang}/indicators/`,
  indicator: (lang) => `/${lang}/indicators/trust_police/`,
  topics: (lang) => `/${lang}/topics/`,
  topic: (lang) => `/${lang}/topics/trust/`,
  publications: (lang) => `/${lang}/publications/`,
  publication: (lang) => `/${lang}/publications/gender-integration-ksf/`,
  programmes: (lang) => `/${lang}/programmes/`,
  programme: (lang) => `/${lang}/programmes/gender-and-security/`,
  projects: (lang) => `/${lang}/projects/`,
  project: (lang) => `/${lang}/projects/security-policy-decision-making/`,
  search: (lang) => `/${lang}/search/`,
  data: (lang) => `/${lang}/data/`,
  dataset: (lang) => `/${lang}/data/wbsb/`,
  'representation-dataset': (lang) => `/${lang}/data/representation/`,
  representation: (lang) => `/${lang}/representation/`,
};

export function everyPage(): { type: string; lang: Lang; path: string }[] {
  return Object.entries(PAGE_TYPES).flatMap(([type, pathOf]) => LANGS.map((lang) => ({ type, lang, path: pathOf(lang) })));
}
