/**
 * The search page's state in its URL (?q=…&type=…&programme=…&year=…), so that results can be linked
 * and the header's search box (a plain GET form) lands on them. Parsed against the values the page
 * offers; anything else is dropped. Pure, no DOM.
 */
import { SEARCH_FILTER_NAMES, type SearchFilterName } from '../../lib/search-type.ts';

/** Longer queries are cut: nobody types more, and it keeps the URL and the index lookups bounded. */
export const MAX_QUERY_LENGTH = 200;

export interface SearchState {
  query: string;
  filters: Partial<Record<SearchFilterName, string>>;
}

export type AllowedFilterValues = Readonly<Record<SearchFilterName, ReadonlySet<string>>>;

export function parseSearchState(search: string, allowed: AllowedFilterValues): SearchState {
  const params = new URLSearchParams(search);
  const query = (params.get('q') ?? '').replace(/\s+/gu, ' ').trim().slice(0, MAX_QUERY_LENGTH);
  const filters: Partial<Record<SearchFilterName, string>> = {};
  for (const name of SEARCH_FILTER_NAMES) {
    const value = params.get(name);
    if (value !== null && allowed[name].has(value)) filters[name] = value;
  }
  return { query, filters };
}

/** "?q=…&type=…" in a fixed order; "" when there is nothing to keep. */
export function searchStateQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query !== '') params.set('q', state.query);
  for (const name of SEARCH_FILTER_NAMES) {
    const value = state.filters[name];
    if (value !== undefined) params.set(name, value);
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** True when there is something to search for: words, or at least one filter. */
export function hasSearch(state: SearchState): boolean {
  return state.query !== '' || Object.keys(state.filters).length > 0;
}
