/** URL helpers: every page lives under /<lang>/, with a trailing slash. */
import { LANGS, isLang, type Lang } from './i18n-langs.ts';

/** The path of a page in a language: localPath('en', 'indicators', 'trust_police') → '/en/indicators/trust_police/'. */
export function localPath(lang: Lang, ...segments: string[]): string {
  const rest = segments.filter((s) => s.length > 0).map(encodeURIComponent).join('/');
  return rest ? `/${lang}/${rest}/` : `/${lang}/`;
}

/** The same page in another language: swaps the first path segment, keeps the rest and the query. */
export function switchLanguage(pathname: string, to: Lang): string {
  const parts = pathname.split('/');
  if (isLang(parts[1])) parts[1] = to;
  else return `/${to}/`;
  return parts.join('/');
}

/** getStaticPaths() entries for a page that exists once per language. */
export function langPaths(): { params: { lang: Lang } }[] {
  return LANGS.map((lang) => ({ params: { lang } }));
}
