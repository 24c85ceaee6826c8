/**
 * Puts the page's language into Astro.locals, so a component reads its language and strings there
 * (pageLanguage in src/i18n/locals.ts) instead of taking a `lang` prop through every layer, as
 * Starlight's Astro.locals.t does. Runs at build time for every prerendered page; the language is the
 * page's [lang] parameter, or the first segment of its path. A page outside /<lang>/ gets none: the
 * root language chooser states its own base language (src/pages/index.astro), the 404 page needs none.
 */
import { defineMiddleware } from 'astro:middleware';
import { isLang } from './lib/i18n-langs.ts';

export const onRequest = defineMiddleware((context, next) => {
  const segment = context.params['lang'] ?? context.url.pathname.split('/')[1];
  if (isLang(segment)) context.locals.lang = segment;
  return next();
});
