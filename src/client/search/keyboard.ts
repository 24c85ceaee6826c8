/**
 * Keyboard movement through the results, on top of Tab: the down arrow in the search box jumps to the
 * first result; in the list, up and down move between results (up from the first returns to the box),
 * Home and End go to the first and last, Escape returns to the box. Enter opens a result, as on any link.
 */
export function enableResultKeys(input: HTMLInputElement, list: HTMLElement): void {
  const titleLinks = () => [...list.querySelectorAll<HTMLAnchorElement>('a[data-result-link]')];

  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = titleLinks()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });

  list.addEventListener('keydown', (event) => {
    const links = titleLinks();
    const item = event.target instanceof Element ? event.target.closest('li') : null;
    const index = links.findIndex((link) => link.closest('li') === item);
    if (index < 0) return;
    const targets: Record<string, HTMLElement | undefined> = {
      ArrowDown: links[index + 1],
      ArrowUp: index === 0 ? input : links[index - 1],
      Home: links[0],
      End: links.at(-1),
      Escape: input,
    };
    const target = targets[event.key];
    if (!target) return;
    event.preventDefault();
    target.focus();
  });
}
