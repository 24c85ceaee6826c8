/**
 * A component's language and UI strings, from the page it is rendered on (src/middleware.ts sets the
 * language for every page under /<lang>/; the root language chooser sets its English base itself). A
 * component used on a page without a language (the 404 page) stops the build with the component's page
 * named, rather than rendering English.
 */
import type { Lang } from '../lib/i18n-langs.ts';
import { ui, type UiStrings } from './index.ts';

export interface PageLanguage {
  lang: Lang;
  t: UiStrings;
}

export function pageLanguage(locals: App.Locals, pathname = ''): PageLanguage {
  const lang = locals.lang;
  if (lang === undefined) throw new Error(`A component that needs the page's language was rendered on ${pathname || 'a page'} outside /<lang>/`);
  return { lang, t: ui(lang) };
}
