/**
 * Finding a question by words of its short label or wording, in the page language. Matching ignores
 * case and diacritics (so "besim" finds "besimi", "sigurise" finds "sigurisë", "drzava" finds "država")
 * and every word typed must occur at the start of some word of the question's text.
 */
import type { ResolvedQuestion } from '../codebook/resolved.ts';

/** Lower case without diacritics; đ is not a composed letter, so it is mapped by hand. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'dj').replace(/Đ/g, 'dj').toLowerCase();
}

function words(text: string): string[] {
  return foldText(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

/** The searchable text of a question: short label, wording and its country-specific wordings. */
export function questionSearchText(question: Pick<ResolvedQuestion, 'short' | 'wording' | 'wordingByCountry'>): string {
  return [question.short, question.wording, ...Object.values(question.wordingByCountry)].join(' ');
}

/** A matcher for a query; an empty query matches everything. */
export function questionMatcher(query: string): (searchText: string) => boolean {
  const wanted = words(query);
  return (searchText) => {
    if (wanted.length === 0) return true;
    const have = words(searchText);
    return wanted.every((w) => have.some((h) => h.startsWith(w)));
  };
}
