/**
 * The numbers the about page's prose (src/content/pages/<lang>/about.md) names by slot instead of typing
 * them, each from its one home: the statistics' thresholds (src/lib/stats) and the disclosure rules the
 * import applied (the manifest, from the import map). A slot the page uses that has no value here stops
 * the build, naming the file and the slot, rather than showing "{name}" or a stale number.
 */
import { DataError } from '../../scripts/lib/data-error.ts';
import { slotNames, fillSlots } from '../lib/fill-slots.ts';
import { formatCount } from '../lib/format.ts';
import type { Lang } from '../lib/i18n-langs.ts';
import { SIGNIFICANCE_LEVEL, SUPPRESS_BELOW_N, UNRELIABLE_BELOW_N } from '../lib/stats/index.ts';
import type { ManifestDisclosure } from '../lib/survey/manifest.ts';
import { readManifestDataset } from './survey-data.ts';

/** `disclosure` defaults to the survey's, from the manifest; null where none applies (synthetic data). */
export function aboutSlotValues(lang: Lang, disclosure: ManifestDisclosure | null = readManifestDataset().disclosure ?? null): Record<string, string> {
  return {
    suppressBelow: formatCount(lang, SUPPRESS_BELOW_N),
    unreliableFrom: formatCount(lang, SUPPRESS_BELOW_N),
    unreliableTo: formatCount(lang, UNRELIABLE_BELOW_N - 1),
    significancePercent: formatCount(lang, Math.round(SIGNIFICANCE_LEVEL * 100)),
    ...(disclosure ? { mergeBelow: formatCount(lang, disclosure.mergeBelow) } : {}),
  };
}

/** The page's rendered HTML with its slots filled; `file` names the source in the error. */
export function fillAboutSlots(html: string, lang: Lang, file: string, values: Readonly<Record<string, string>> = aboutSlotValues(lang)): string {
  const missing = slotNames(html).find((name) => !Object.hasOwn(values, name));
  if (missing !== undefined) {
    throw new DataError({ file, value: `{${missing}}` }, `a slot without a value; the about page can name ${Object.keys(values).map((name) => `{${name}}`).join(', ')}`);
  }
  return fillSlots(html, values);
}
