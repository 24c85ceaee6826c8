/**
 * Tooltips for the pre-rendered charts, on hover and on keyboard focus. Every chart frame
 * ([data-chart-frame]) becomes one tab stop; the arrow keys (and Home/End) step through its marks and
 * the tooltip, a polite live region, reads the value. The text comes from the SVG <title> that the
 * chart functions give every mark; the <title> is moved into a data attribute so the browser's own
 * tooltip does not show on top. Without JavaScript the charts keep their <title>s and tables.
 */

const TIP_ATTRIBUTE = 'data-tip';

function prepareMarks(svg: SVGSVGElement): void {
  for (const title of Array.from(svg.querySelectorAll('title'))) {
    // parentNode, not parentElement: in SVG the parent is an SVGElement, and the root's own title is skipped.
    const mark = title.parentNode;
    if (!(mark instanceof Element) || mark === svg) continue;
    mark.setAttribute(TIP_ATTRIBUTE, title.textContent ?? '');
    title.remove();
  }
}

/** The rendering CSS shows at the current width (frames hold a wide and a narrow one). */
function visibleChart(frame: HTMLElement): SVGSVGElement | null {
  const charts = Array.from(frame.querySelectorAll<SVGSVGElement>('svg[role="img"]'));
  return charts.find((svg) => svg.getClientRects().length > 0) ?? null;
}

function enhance(frame: HTMLElement): void {
  for (const svg of Array.from(frame.querySelectorAll<SVGSVGElement>('svg[role="img"]'))) prepareMarks(svg);
  const tip = document.createElement('div');
  tip.className = 'chart-tip';
  tip.setAttribute('role', 'status');
  tip.hidden = true;
  frame.append(tip);
  frame.tabIndex = 0;
  frame.setAttribute('role', 'group');
  frame.setAttribute('aria-label', frame.dataset['hint'] ?? '');

  let index = 0;
  let active: Element | null = null;

  const marks = (): Element[] => Array.from(visibleChart(frame)?.querySelectorAll(`[${TIP_ATTRIBUTE}]`) ?? []);

  const show = (mark: Element): void => {
    active?.classList.remove('tip-active');
    active = mark;
    mark.classList.add('tip-active');
    tip.textContent = mark.getAttribute(TIP_ATTRIBUTE);
    tip.hidden = false;
    const box = mark.getBoundingClientRect();
    const outer = frame.getBoundingClientRect();
    const left = Math.min(Math.max(box.left + box.width / 2 - outer.left - tip.offsetWidth / 2, 0), Math.max(outer.width - tip.offsetWidth, 0));
    tip.style.left = `${left}px`;
    tip.style.top = `${Math.max(box.top - outer.top - tip.offsetHeight - 6, 0)}px`;
  };

  const hide = (): void => {
    active?.classList.remove('tip-active');
    active = null;
    tip.hidden = true;
  };

  const step = (to: number): void => {
    const all = marks();
    if (all.length === 0) return;
    index = (to + all.length) % all.length;
    const mark = all[index];
    if (mark) show(mark);
  };

  frame.addEventListener('focus', () => step(index));
  frame.addEventListener('blur', hide);
  frame.addEventListener('keydown', (event) => {
    const moves: Record<string, number> = {
      ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: -1,
    };
    const to = moves[event.key];
    if (to !== undefined) {
      event.preventDefault();
      step(to);
    } else if (event.key === 'Escape') {
      hide();
    }
  });
  frame.addEventListener('pointerover', (event) => {
    const mark = event.target instanceof Element ? event.target.closest(`[${TIP_ATTRIBUTE}]`) : null;
    if (mark) show(mark);
  });
  frame.addEventListener('pointerleave', () => {
    if (document.activeElement !== frame) hide();
  });
}

for (const frame of Array.from(document.querySelectorAll<HTMLElement>('[data-chart-frame]'))) enhance(frame);
