/**
 * The dataset's method text (dataset.yaml `method`) names the disclosure rules' parameters by slot,
 * `{mergeBelow}` and `{minimum}`, instead of typing them, so the method the dataset page, the DDI file
 * and the download README print states the rule the import applied (recorded in the codebook), not a
 * copy that could drift from it. The codebook checks stop the pipeline on a slot without a value.
 */
import { fillSlots } from '../fill-slots.ts';
import type { DisclosureRules } from '../survey/disclosure.ts';

/** The values of the slots the method text may use: none when the codebook records no disclosure rules. */
export function methodSlotValues(rules: DisclosureRules | undefined): Record<string, number> {
  return rules ? { mergeBelow: rules.mergeBelow, minimum: rules.localSuppressionMinimum } : {};
}

export function methodText(template: string, rules: DisclosureRules | undefined): string {
  return fillSlots(template, methodSlotValues(rules));
}
