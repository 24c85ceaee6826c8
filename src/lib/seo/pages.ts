/**
 * What search engines are told about a page, decided from its path alone so that the page's <head>
 * and the sitemap always agree: whether it may be indexed, and its versions in the other languages
 * (hreflang), with x-default naming the version for readers of none of them.
 */
import { LANGS, LOCALE_TAG, isLang } from '../i18n-langs.ts';
import { switchLanguage } from '../paths.ts';

export interface Alternate {
  /** A BCP 47 tag, or x-default. */
  hreflang: string;
  /** Site path, e.g. /sr/about/. */
  path: string;
}

/** Pages kept out of search results: the embed route (a chart made for other sites' frames) and the 404 page. */
export function isIndexable(pathname: string): boolean {
  const parts = pathname.split('/');
  if (parts[1] === '404' || parts[1] === '404.html') return false;
  return !(isLang(parts[1]) && parts[2] === 'embed');
}

/** True for the language chooser at / and the three home pages, which form one group of alternates. */
function isHome(pathname: string): boolean {
  return pathname === '/' || LANGS.some((lang) => pathname === `/${lang}/`);
}

/**
 * Every page exists in the three languages. The homes and the language chooser at / are one group,
 * whose x-default is the chooser; elsewhere x-default is the English page (English is the reference).
 */
export function alternatesOf(pathname: string): Alternate[] {
  const inLanguages = LANGS.map((lang) => ({ hreflang: LOCALE_TAG[lang], path: switchLanguage(pathname, lang) }));
  return [...inLanguages, { hreflang: 'x-default', path: isHome(pathname) ? '/' : switchLanguage(pathname, 'en') }];
}
