/**
 * Puts the page's language into Astro.locals, so a component reads its language and strings there
 * (pageLanguage in src/i18n/locals.ts) instead of taking a `lang` prop through every layer, as
 * Starlight's Astro.locals.t does. Runs at build time for every prerendered page; the language is the
 * page's [lang] parameter, or the first segment of its path.
 */
import { defineMiddleware } from 'astro:middleware';
import { isLang } from './lib/i18n-langs.ts';

export const onRequest = defineMiddleware((context, next) => {
  const segment = context.params['lang'] ?? context.url.pathname.split('/')[1];
  if (isLang(segment)) context.locals.lang = segment;
  return next();
});
