/**
 * The dataset page's paragraph on disclosure control, in one language. Every number in it comes from
 * the manifest: the rules' parameters as the import applied them (from its map,
 * data/surveys/<id>/import-<round>/demographics.yaml, through the codebook) and the check of the
 * published rows. The strings have slots for them and type none.
 */
import { fill, pluralForm, ui } from '../../i18n/index.ts';
import type { Lang } from '../../lib/i18n-langs.ts';
import type { ManifestDisclosure } from '../../lib/survey/manifest.ts';

export function disclosureText(lang: Lang, disclosure: ManifestDisclosure): string {
  const t = ui(lang);
  const minimum = disclosure.localSuppressionMinimum;
  const rules = fill(t.data_disclosure, { mergeBelow: disclosure.mergeBelow, minimum, kMinority: disclosure.kNonMajority });
  const small = fill(pluralForm(lang, t.data_disclosure_small, disclosure.inSmallGroups), { k: disclosure.k, below: disclosure.inSmallGroups, minimum });
  return `${rules} ${small}`;
}
