/**
 * The search page in the browser: reads the state from the URL, searches as the reader types (after a
 * pause) or submits, keeps the state in the URL, shows results five at a time, and says in a live
 * region how many there are. Pagefind starts loading as soon as the page opens, so the first query does
 * not wait for its script, WebAssembly and index metadata; the form gets data-search-ready when it has.
 */
import { SEARCH_FILTER_NAMES, type SearchFilterName } from '../../lib/search-type.ts';
import { fillSlots } from '../../lib/fill-slots.ts';
import { enableResultKeys } from './keyboard.ts';
import { loadPagefind, type PagefindResult } from './pagefind-api.ts';
import { resultItem, type ResultStrings } from './results-view.ts';
import { hasSearch, parseSearchState, searchStateQuery, type AllowedFilterValues, type SearchState } from './url-state.ts';

export interface SearchElements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  selects: Record<SearchFilterName, HTMLSelectElement>;
  status: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  /** Shown with the error: searches again, which loads Pagefind again (a failed load is forgotten). */
  retry: HTMLButtonElement;
  empty: HTMLElement;
  /** The empty state's "remove the filters" advice, shown only when filters are set. */
  filtersTip: HTMLElement;
}

export interface SearchStrings extends ResultStrings {
  start: string;
  loading: string;
  /** "Results for “{query}”: {count}". */
  count: string;
  /** "Results with these filters: {count}". */
  countFiltered: string;
  error: string;
}

/** Results shown at once, as Pagefind's own UI does: each needs its own small request for its excerpt. */
const PAGE_SIZE = 5;
const TYPING_PAUSE_MS = 250;
/** "Searching…" is announced only when a search takes longer than this, so fast searches stay quiet. */
const LOADING_NOTICE_MS = 400;

function allowedValues(selects: SearchElements['selects']): AllowedFilterValues {
  const values = (select: HTMLSelectElement) => new Set([...select.options].map((option) => option.value).filter((value) => value !== ''));
  return { type: values(selects.type), programme: values(selects.programme), year: values(selects.year) };
}

export function startSearchPage(elements: SearchElements, strings: SearchStrings): void {
  const { form, input, selects, status, list, more, retry, empty, filtersTip } = elements;
  let results: PagefindResult[] = [];
  let shown = 0;
  let ticket = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  const readForm = (): SearchState =>
    parseSearchState(
      `?${new URLSearchParams([['q', input.value], ...SEARCH_FILTER_NAMES.map((name) => [name, selects[name].value])]).toString()}`,
      allowedValues(selects),
    );

  const showNext = async (run: number, moveFocus: boolean) => {
    const batch = results.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (run !== ticket) return;
    const items = data.map((entry) => resultItem(entry, strings));
    list.append(...items);
    shown += batch.length;
    more.hidden = shown >= results.length;
    if (moveFocus) items[0]?.querySelector<HTMLAnchorElement>('a[data-result-link]')?.focus();
  };

  const search = async (state: SearchState) => {
    const run = ++ticket;
    retry.hidden = true;
    delete status.dataset['searchDone'];
    history.replaceState(history.state, '', `${location.pathname}${searchStateQuery(state)}`);
    if (!hasSearch(state)) {
      results = [];
      list.replaceChildren();
      more.hidden = true;
      empty.hidden = true;
      status.textContent = strings.start;
      status.dataset['searchDone'] = '';
      return;
    }
    const notice = setTimeout(() => {
      if (run === ticket) status.textContent = strings.loading;
    }, LOADING_NOTICE_MS);
    list.setAttribute('aria-busy', 'true');
    try {
      const pagefind = await loadPagefind();
      const response = await pagefind.search(state.query === '' ? null : state.query, { filters: state.filters });
      if (run !== ticket) return;
      results = response.results;
      shown = 0;
      list.replaceChildren();
      await showNext(run, false);
      if (run !== ticket) return;
      const template = state.query === '' ? strings.countFiltered : strings.count;
      status.textContent = fillSlots(template, { query: state.query, count: results.length });
      empty.hidden = results.length > 0;
      filtersTip.hidden = Object.keys(state.filters).length === 0;
      // Tests and the benchmark wait for this mark: the results of exactly this search are on screen.
      status.dataset['searchDone'] = searchStateQuery(state);
    } catch {
      if (run !== ticket) return;
      results = [];
      list.replaceChildren();
      more.hidden = true;
      empty.hidden = true;
      status.textContent = strings.error;
      retry.hidden = false;
    } finally {
      clearTimeout(notice);
      if (run === ticket) list.removeAttribute('aria-busy');
    }
  };

  const searchNow = () => {
    clearTimeout(typingTimer);
    void search(readForm());
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    searchNow();
  });
  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(searchNow, TYPING_PAUSE_MS);
  });
  for (const name of SEARCH_FILTER_NAMES) selects[name].addEventListener('change', searchNow);
  more.addEventListener('click', () => void showNext(ticket, true));
  retry.addEventListener('click', () => {
    input.focus();
    searchNow();
  });
  enableResultKeys(input, list);

  void loadPagefind().then(
    () => { form.dataset['searchReady'] = ''; },
    () => undefined, // the first search retries and reports the failure
  );
  const initial = parseSearchState(location.search, allowedValues(selects));
  input.value = initial.query;
  for (const name of SEARCH_FILTER_NAMES) selects[name].value = initial.filters[name] ?? '';
  void search(initial);
}
