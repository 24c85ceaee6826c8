/** The portal's languages, in the order the language switcher shows them. Serbian is written in Latin script. */
export const LANGS = ['sq', 'en', 'sr'] as const;
export type Lang = (typeof LANGS)[number];

/** BCP 47 tags used for `<html lang>`, `Intl` and d3-format locales. */
export const LOCALE_TAG: Record<Lang, string> = { sq: 'sq', en: 'en', sr: 'sr-Latn' };

/** Open Graph locales (language_TERRITORY): the country whose readers the portal addresses in that language. */
export const OG_LOCALE: Record<Lang, string> = { sq: 'sq_AL', en: 'en_GB', sr: 'sr_RS' };

/** Each language's name, written in that language (for the switcher). */
export const LANG_NAME: Record<Lang, string> = { sq: 'Shqip', en: 'English', sr: 'Srpski' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}
