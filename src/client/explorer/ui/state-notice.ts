/**
 * The visible notice that lists what in the URL was not understood (and was ignored) or did not fit
 * the rest of the view (and was changed). The list is capped: a link with thousands of unknown keys
 * shows the first few and a count of the rest, not thousands of items.
 */
import { fillSlots } from '../../../lib/fill-slots.ts';
import { formatCount } from '../../../lib/format.ts';
import type { Lang } from '../../../lib/i18n-langs.ts';
import type { StateProblem } from '../../../lib/explorer/state.ts';
import type { ExplorerStrings } from '../../../lib/explorer/strings.ts';

/** Problems listed one by one; the rest are counted in one more item. */
export const MAX_NOTICE_ITEMS = 10;

function problemItem(problem: StateProblem, strings: ExplorerStrings): HTMLLIElement {
  const item = document.createElement('li');
  const code = document.createElement('code');
  // Text nodes only: the values come from the address bar.
  code.textContent = `${problem.param}=${problem.value}`;
  item.append(code);
  if (problem.reason === 'lines-need-wave') item.append(` ${strings.notice_lines_need_wave}`);
  else if (problem.value === '') item.append(` ${strings.notice_empty_value}`);
  return item;
}

export function showStateNotice(root: ParentNode, problems: readonly StateProblem[], { strings, lang }: { strings: ExplorerStrings; lang: Lang }): void {
  const notice = root.querySelector<HTMLElement>('[data-state-notice]');
  if (!notice) return;
  if (problems.length === 0) {
    notice.hidden = true;
    notice.replaceChildren();
    return;
  }
  const title = document.createElement('p');
  const strong = document.createElement('strong');
  strong.textContent = problems.every((problem) => problem.reason !== undefined) ? strings.notice_changed_title : strings.notice_ignored_title;
  title.append(strong);
  const list = document.createElement('ul');
  list.append(...problems.slice(0, MAX_NOTICE_ITEMS).map((problem) => problemItem(problem, strings)));
  if (problems.length > MAX_NOTICE_ITEMS) {
    const more = document.createElement('li');
    more.dataset['noticeMore'] = '';
    more.textContent = fillSlots(strings.notice_more, { count: formatCount(lang, problems.length - MAX_NOTICE_ITEMS) });
    list.append(more);
  }
  const after = document.createElement('p');
  after.textContent = strings.notice_ignored_after;
  notice.replaceChildren(title, list, after);
  notice.hidden = false;
}
