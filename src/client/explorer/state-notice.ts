/** The visible notice that lists what in the URL was not understood and was ignored. */
import type { StateProblem } from '../../lib/explorer/state.ts';
import type { ExplorerStrings } from '../../lib/explorer/strings.ts';

export function showStateNotice(root: ParentNode, problems: StateProblem[], strings: ExplorerStrings): void {
  const notice = root.querySelector<HTMLElement>('[data-state-notice]');
  if (!notice) return;
  if (problems.length === 0) {
    notice.hidden = true;
    notice.replaceChildren();
    return;
  }
  const title = document.createElement('p');
  const strong = document.createElement('strong');
  strong.textContent = strings.notice_ignored_title;
  title.append(strong);
  const list = document.createElement('ul');
  for (const problem of problems) {
    const item = document.createElement('li');
    const code = document.createElement('code');
    // Text nodes only: the values come from the address bar.
    code.textContent = `${problem.param}=${problem.value}`;
    item.append(code);
    if (problem.value === '') item.append(` ${strings.notice_empty_value}`);
    list.append(item);
  }
  const after = document.createElement('p');
  after.textContent = strings.notice_ignored_after;
  notice.replaceChildren(title, list, after);
  notice.hidden = false;
}
