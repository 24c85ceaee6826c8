/** Calls back when an element's width changes noticeably (charts are redrawn for the new width). */
export function watchWidth(element: HTMLElement, onChange: () => void): void {
  let width = element.getBoundingClientRect().width;
  let timer: ReturnType<typeof setTimeout> | undefined;
  new ResizeObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const now = element.getBoundingClientRect().width;
      if (Math.abs(now - width) < 24) return;
      width = now;
      onChange();
    }, 150);
  }).observe(element);
}
