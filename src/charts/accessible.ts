/**
 * Marks a chart's root element as one image with a name and, as an SVG <desc>, a description generated
 * from the data, for screen readers.
 */
import type { ChartText } from './types.ts';

export function labelChart(root: SVGSVGElement | HTMLElement, text: ChartText): SVGSVGElement | HTMLElement {
  // Plot names its mark groups with aria-label ("dot", "line"). Inside one role="img" those labels on
  // plain <g> elements are prohibited ARIA (axe: aria-prohibited-attr) and add nothing: only the root keeps one.
  for (const element of Array.from(root.querySelectorAll('[aria-label]'))) element.removeAttribute('aria-label');
  root.setAttribute('role', 'img');
  root.setAttribute('aria-label', `${text.label}. ${text.description}`);
  const desc = root.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'desc');
  desc.textContent = text.description;
  root.insertBefore(desc, root.firstChild);
  return root;
}

/** The marker appended to values based on 30–49 respondents (explained in every chart's notes). */
export const UNRELIABLE_MARK = '*';

export function valueLabel(text: ChartText, share: number, unreliable: boolean, mark = ''): string {
  // `mark`: ▲/▼ where the explorer found a difference from its reference group.
  return text.formatShare(share) + (unreliable ? UNRELIABLE_MARK : '') + (mark ? ` ${mark}` : '');
}
