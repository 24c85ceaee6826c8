/**
 * The content types the search page filters by, and how a page's `pageType` (a BaseLayout prop) maps to
 * one. BaseLayout writes the result into a Pagefind filter on every page; the search page offers the
 * same list. Pure: imported by the layout at build time and by the search script in the browser.
 */
export const SEARCH_TYPES = ['publication', 'indicator', 'dataset', 'page'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** Page types that are their own content type; every other page (home, lists, programmes, about …) is a "page". */
const TYPED_PAGES: Readonly<Record<string, SearchType>> = {
  publication: 'publication',
  indicator: 'indicator',
  dataset: 'dataset',
};

export function searchTypeOf(pageType: string): SearchType {
  return TYPED_PAGES[pageType] ?? 'page';
}

/** The Pagefind filter names the site uses: content type, programme id and publication year. */
export const SEARCH_FILTER_NAMES = ['type', 'programme', 'year'] as const;
export type SearchFilterName = (typeof SEARCH_FILTER_NAMES)[number];
