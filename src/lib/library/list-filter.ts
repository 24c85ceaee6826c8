/**
 * The publication list's filters (type, programme, year, language of the original) and order, kept in
 * the page's query string so a filtered list can be linked. Shared by the page (which lists every
 * value) and its browser script (which applies them); values not offered by the page are dropped.
 */
import { yearOf } from './dates.ts';
import { isUndated } from './display.ts';
import type { Publication } from './schema.ts';

export const LIST_FILTER_NAMES = ['type', 'programme', 'year', 'language'] as const;
export type ListFilterName = (typeof LIST_FILTER_NAMES)[number];
export const LIST_SORTS = ['newest', 'oldest'] as const;
export type ListSort = (typeof LIST_SORTS)[number];

/** The programme filter's value for publications without a programme (a programme id can hold no underscore). */
export const NO_PROGRAMME = '_none';
/** The year filter's value for publications the sources do not date. */
export const NO_YEAR = '_undated';

export interface ListState {
  filters: Partial<Record<ListFilterName, string>>;
  sort: ListSort;
}

/** What a list item is filtered on, as the page writes it into data attributes. */
export interface ListItemFacets {
  type: string;
  programme: string;
  year: string;
  languages: readonly string[];
}

export function facetsOf(publication: Publication): ListItemFacets {
  return {
    type: publication.type,
    programme: publication.programme ?? NO_PROGRAMME,
    year: isUndated(publication) ? NO_YEAR : String(yearOf(publication.date)),
    languages: publication.languages,
  };
}

/** Reads the state from a query string; unknown values fall back to "all" and to newest first. */
export function parseListState(query: string, allowed: Readonly<Record<ListFilterName, ReadonlySet<string>>>): ListState {
  const params = new URLSearchParams(query);
  const filters: Partial<Record<ListFilterName, string>> = {};
  for (const name of LIST_FILTER_NAMES) {
    const value = params.get(name);
    if (value !== null && allowed[name].has(value)) filters[name] = value;
  }
  const sort = params.get('sort');
  return { filters, sort: sort === 'oldest' ? 'oldest' : 'newest' };
}

/** The query string of a state ("" for the default: everything, newest first). */
export function listStateQuery(state: ListState): string {
  const params = new URLSearchParams();
  for (const name of LIST_FILTER_NAMES) {
    const value = state.filters[name];
    if (value !== undefined) params.set(name, value);
  }
  if (state.sort !== 'newest') params.set('sort', state.sort);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

export function matchesListFilters(item: ListItemFacets, filters: ListState['filters']): boolean {
  return (
    (filters.type === undefined || item.type === filters.type) &&
    (filters.programme === undefined || item.programme === filters.programme) &&
    (filters.year === undefined || item.year === filters.year) &&
    (filters.language === undefined || item.languages.includes(filters.language))
  );
}

/** The values each filter offers: the ones that occur, years newest first (undated last), the others in `order`. */
export function listFacetValues(publications: readonly Publication[], order: Readonly<Record<'type' | 'programme' | 'language', readonly string[]>>): Record<ListFilterName, string[]> {
  const facets = publications.map(facetsOf);
  const present = (values: Iterable<string>, ordered: readonly string[]) => {
    const seen = new Set(values);
    return ordered.filter((value) => seen.has(value));
  };
  return {
    type: present(facets.map((f) => f.type), order.type),
    programme: present(facets.map((f) => f.programme), [...order.programme, NO_PROGRAMME]),
    year: [...new Set(facets.map((f) => f.year))].sort((a, b) => Number(a === NO_YEAR) - Number(b === NO_YEAR) || Number(b) - Number(a)),
    language: present(facets.flatMap((f) => f.languages), order.language),
  };
}
