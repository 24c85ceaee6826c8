/**
 * What a translation of a namespace must be: exactly the English reference's keys, each a string, or
 * plural forms where the reference has them (src/lib/plural.ts). The categories a language needs
 * (one/few/other in Serbian) are checked by the i18n unit test against Intl.PluralRules.
 */
import type { PluralForms } from '../lib/plural.ts';

export type Translation<Reference> = { readonly [K in keyof Reference]: Reference[K] extends PluralForms ? PluralForms : string };
