/**
 * The "compare with" list in the browser: its options are the groups of the current breakdown (the
 * build renders them for the default breakdown only), refilled whenever the breakdown changes.
 */
import type { ResolvedCodebook } from '../../../lib/codebook/resolved.ts';
import type { ExplorerState } from '../../../lib/explorer/state.ts';
import type { ExplorerStrings } from '../../../lib/explorer/strings.ts';
import { variableValues } from '../../../lib/explorer/view.ts';

export class ReferenceControls {
  private readonly select: HTMLSelectElement | null;
  private readonly codebook: ResolvedCodebook;
  private readonly strings: ExplorerStrings;

  constructor(form: HTMLFormElement, codebook: ResolvedCodebook, strings: ExplorerStrings) {
    this.select = form.querySelector<HTMLSelectElement>('[data-control="reference"]');
    this.codebook = codebook;
    this.strings = strings;
  }

  /** The chosen group, or null; a choice made for another breakdown is dropped. */
  read(breakdown: string): string | null {
    if (!this.select || this.select.dataset['breakdown'] !== breakdown) return null;
    return this.select.value === '' ? null : this.select.value;
  }

  write(state: ExplorerState): void {
    const select = this.select;
    if (!select) return;
    if (select.dataset['breakdown'] !== state.breakdown) {
      const groups = state.breakdown === 'none' ? [] : variableValues(this.codebook, state.breakdown);
      const none = new Option(this.strings.compare_none, '');
      select.replaceChildren(none, ...groups.map((value) => new Option(value.label, String(value.code))));
      select.disabled = groups.length === 0;
      select.dataset['breakdown'] = state.breakdown;
    }
    select.value = state.reference ?? '';
  }
}
