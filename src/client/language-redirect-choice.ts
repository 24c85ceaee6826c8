/** Which portal language suits a browser's language list (pure, unit-tested). */
import { LANGS, type Lang } from '../lib/i18n-langs.ts';

export function preferredLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    const match = LANGS.find((lang) => lang === base);
    if (match) return match;
    // Bosnian, Croatian and Montenegrin readers understand the Serbian (Latin) pages best.
    if (base === 'bs' || base === 'hr' || base === 'sh' || base === 'cnr') return 'sr';
  }
  return 'en';
}
