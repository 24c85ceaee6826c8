/**
 * One representative path per page type, in the portal's languages. The shell and accessibility tests
 * run over all of them; each feature adds its page types here.
 */
import { LANGS, type Lang } from '../../../src/lib/i18n-langs.ts';

export const PAGE_TYPES: Record<string, (lang: Lang) => string> = {
  home: (lang) => `/${lang}/`,
  about: (lang) => `/${lang}/about/`,
};

export function everyPage(): { type: string; lang: Lang; path: string }[] {
  return Object.entries(PAGE_TYPES).flatMap(([type, pathOf]) => LANGS.map((lang) => ({ type, lang, path: pathOf(lang) })));
}
