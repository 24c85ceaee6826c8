/**
 * The view's state in the address bar. Every state goes through the URL parser, so what the page shows
 * is always what a permalink reproduces. The language links in the header follow the state, so
 * switching language keeps the view.
 */
import type { ResolvedCodebook } from '../../../lib/codebook/resolved.ts';
import { parseState, serializeState, type ExplorerState, type StateProblem } from '../../../lib/explorer/state.ts';

/** A state normalised by the parser (e.g. lines only with the wave breakdown). */
export function normalise(state: ExplorerState, codebook: ResolvedCodebook): ExplorerState {
  return parseState(new URLSearchParams(serializeState(state)), codebook).state;
}

export function stateFromLocation(codebook: ResolvedCodebook): { state: ExplorerState; problems: StateProblem[]; empty: boolean } {
  const search = window.location.search;
  // URLSearchParams decodes broken percent-encodings leniently (they stay as text) and never throws.
  const params = new URLSearchParams(search);
  return { ...parseState(params, codebook), empty: [...params.keys()].length === 0 };
}

export function sameState(a: ExplorerState, b: ExplorerState): boolean {
  return serializeState(a) === serializeState(b);
}

export function pushState(state: ExplorerState): void {
  const query = serializeState(state);
  if (window.location.search === `?${query}`) return;
  history.pushState({ explorer: query }, '', `${window.location.pathname}?${query}`);
}

export function replaceState(state: ExplorerState): void {
  history.replaceState({ explorer: serializeState(state) }, '', `${window.location.pathname}?${serializeState(state)}`);
}

/**
 * Points the header's language links at the same view in the other languages. (The <head>'s hreflang
 * links stay as built: they name the page on the public site, for search engines, not the view.)
 */
export function updateLanguageLinks(state: ExplorerState): void {
  const query = serializeState(state);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.lang-switcher a[hreflang]')) {
    const url = new URL(link.href, window.location.href);
    url.search = `?${query}`;
    link.href = `${url.pathname}${url.search}`;
  }
}
