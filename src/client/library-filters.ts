/**
 * The publication list's filters in the browser. The page lists every publication and works without
 * JavaScript; this script shows the filter form, hides the publications that do not match, reorders
 * the list, keeps the choice in the URL (?type=…&programme=…&year=…&language=…&sort=…) and says in a
 * live region how many publications are shown.
 */
import { fillSlots } from '../lib/fill-slots.ts';
import {
  LIST_FILTER_NAMES,
  listStateQuery,
  matchesListFilters,
  parseListState,
  type ListFilterName,
  type ListState,
} from '../lib/library/list-filter.ts';

const form = document.querySelector<HTMLFormElement>('form[data-library-filters]');
const list = document.querySelector<HTMLOListElement>('ol[data-library-list]');
const count = document.querySelector<HTMLElement>('[data-library-count]');
const none = document.querySelector<HTMLElement>('[data-library-none]');

function select(container: HTMLFormElement, name: string): HTMLSelectElement {
  const found = container.elements.namedItem(name);
  if (!(found instanceof HTMLSelectElement)) throw new Error(`publication filters: no select named "${name}"`);
  return found;
}

if (form && list && count && none) {
  const selects = Object.fromEntries(LIST_FILTER_NAMES.map((name) => [name, select(form, name)])) as Record<ListFilterName, HTMLSelectElement>;
  const sort = select(form, 'sort');
  const allowed = Object.fromEntries(
    LIST_FILTER_NAMES.map((name) => [name, new Set([...selects[name].options].map((option) => option.value).filter((value) => value !== ''))]),
  ) as Record<ListFilterName, Set<string>>;
  const items = [...list.querySelectorAll<HTMLLIElement>(':scope > li')];
  const template = count.dataset['template'] ?? '{shown} / {total}';

  const readForm = (): ListState => {
    const params = new URLSearchParams(LIST_FILTER_NAMES.map((name) => [name, selects[name].value]));
    params.set('sort', sort.value);
    return parseListState(params.toString(), allowed);
  };

  const apply = (state: ListState) => {
    let shown = 0;
    for (const item of items) {
      const facets = {
        type: item.dataset['type'] ?? '',
        programme: item.dataset['programme'] ?? '',
        year: item.dataset['year'] ?? '',
        languages: (item.dataset['languages'] ?? '').split(' '),
      };
      item.hidden = !matchesListFilters(facets, state.filters);
      if (!item.hidden) shown += 1;
    }
    // The page lists newest first; data-order is that position.
    const direction = state.sort === 'newest' ? 1 : -1;
    const ordered = [...items].sort((a, b) => direction * (Number(a.dataset['order']) - Number(b.dataset['order'])));
    list.append(...ordered);
    count.textContent = fillSlots(template, { shown, total: items.length });
    none.hidden = shown > 0;
  };

  const update = () => {
    const state = readForm();
    history.replaceState(history.state, '', `${location.pathname}${listStateQuery(state)}`);
    apply(state);
  };

  const initial = parseListState(location.search, allowed);
  for (const name of LIST_FILTER_NAMES) selects[name].value = initial.filters[name] ?? '';
  sort.value = initial.sort;
  form.hidden = false;
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('reset', () => {
    // The reset event fires before the controls are cleared.
    setTimeout(update, 0);
  });
  apply(initial);
}
