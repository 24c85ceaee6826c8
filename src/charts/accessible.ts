/**
 * Marks a chart's root element as one image with a name and, as an SVG <desc>, a description generated
 * from the data, for screen readers.
 */
import type { ChartText } from './types.ts';

export function labelChart(root: SVGSVGElement | HTMLElement, text: ChartText): SVGSVGElement | HTMLElement {
  root.setAttribute('role', 'img');
  root.setAttribute('aria-label', `${text.label}. ${text.description}`);
  const desc = root.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'desc');
  desc.textContent = text.description;
  root.insertBefore(desc, root.firstChild);
  return root;
}

/** The marker appended to values based on 30–49 respondents (explained in every chart's notes). */
export const UNRELIABLE_MARK = '*';

export function valueLabel(text: ChartText, share: number, unreliable: boolean): string {
  return text.formatShare(share) + (unreliable ? UNRELIABLE_MARK : '');
}
