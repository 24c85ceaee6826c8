/**
 * Entry of the search page's script: finds the page's elements, reads the translated strings the page
 * put on its root, shows the form and hides the note for readers without JavaScript, and starts the
 * search.
 */
import { SEARCH_TYPES } from '../../lib/search-type.ts';
import { startSearchPage, type SearchElements, type SearchStrings } from './controller.ts';

function required<T extends Element>(root: ParentNode, selector: string, kind: new () => T): T {
  const found = root.querySelector(selector);
  if (!(found instanceof kind)) throw new Error(`search page: ${selector} is missing`);
  return found;
}

function readStrings(root: HTMLElement): SearchStrings {
  const parsed: unknown = JSON.parse(root.dataset['strings'] ?? '{}');
  const text = (key: string): string => {
    const value = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>)[key] : undefined;
    if (typeof value !== 'string') throw new Error(`search page: string "${key}" is missing`);
    return value;
  };
  const typeLabels = Object.fromEntries(SEARCH_TYPES.map((type) => [type, text(`type_${type}`)])) as SearchStrings['typeLabels'];
  return {
    typeLabels,
    start: text('start'),
    loading: text('loading'),
    count: text('count'),
    countFiltered: text('countFiltered'),
    error: text('error'),
    pdfPage: text('pdfPage'),
    pdfOpen: text('pdfOpen'),
  };
}

const root = document.querySelector<HTMLElement>('[data-search-app]');
if (root) {
  const elements: SearchElements = {
    form: required(root, 'form[data-search-form]', HTMLFormElement),
    input: required(root, 'input[name="q"]', HTMLInputElement),
    selects: {
      type: required(root, 'select[name="type"]', HTMLSelectElement),
      programme: required(root, 'select[name="programme"]', HTMLSelectElement),
      year: required(root, 'select[name="year"]', HTMLSelectElement),
    },
    status: required(root, '[data-search-status]', HTMLElement),
    list: required(root, 'ol[data-search-results]', HTMLOListElement),
    more: required(root, 'button[data-search-more]', HTMLButtonElement),
    retry: required(root, 'button[data-search-retry]', HTMLButtonElement),
    empty: required(root, '[data-search-empty]', HTMLElement),
    filtersTip: required(root, '[data-empty-filters-tip]', HTMLElement),
  };
  for (const hidden of root.querySelectorAll<HTMLElement>('[data-needs-js]')) hidden.hidden = false;
  for (const shown of root.querySelectorAll<HTMLElement>('[data-search-nojs]')) shown.hidden = true;
  startSearchPage(elements, readStrings(root));
}
