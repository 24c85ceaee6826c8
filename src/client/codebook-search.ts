/**
 * The codebook browser's search (browser): filters the variable entries to those whose text holds
 * every word typed, ignoring case and diacritics (so "besim" finds "besimi", "kenaqesi" finds
 * "kënaqësi"), hides module groups left empty, and reports the count in a live region. Without
 * JavaScript the search box stays hidden and the full list shows.
 */
import { fillSlots } from '../lib/fill-slots.ts';

/** Lowercase, without diacritics, single-spaced: the form both the entries and the query are compared in. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{Mn}/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'd').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** Whether every word of the query occurs in the folded text. */
export function matches(folded: string, query: string): boolean {
  return foldText(query).split(' ').filter(Boolean).every((word) => folded.includes(word));
}

export function mountCodebookSearch(root: HTMLElement): void {
  const form = root.querySelector<HTMLElement>('[data-codebook-search]');
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  const status = root.querySelector<HTMLElement>('[data-codebook-status]');
  if (!form || !input || !status) return;
  const entries = [...root.querySelectorAll<HTMLElement>('[data-variable]')].map((element) => ({ element, text: foldText(element.textContent ?? '') }));
  const groups = [...root.querySelectorAll<HTMLElement>('[data-codebook-group]')];
  const template = status.dataset['template'] ?? '{shown} / {total}';
  const none = status.dataset['none'] ?? '0';
  const update = (): void => {
    let shown = 0;
    for (const entry of entries) {
      const visible = matches(entry.text, input.value);
      entry.element.hidden = !visible;
      if (visible) shown += 1;
    }
    for (const group of groups) group.hidden = !group.querySelector('[data-variable]:not([hidden])');
    status.textContent = shown === 0 ? none : fillSlots(template, { shown, total: entries.length });
  };
  input.addEventListener('input', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  form.hidden = false;
}
