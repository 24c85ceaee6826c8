/**
 * A chart's <svg> as a plain group for the exported image: renderers outside browsers (librsvg,
 * ImageMagick, Inkscape, Illustrator) ignore or mis-apply CSS, nested <svg> viewports and
 * currentColor, so Plot's gridlines and outlines came out solid black there. The copy keeps only
 * presentation attributes: no <style>, no class, no currentColor, no nested <svg>, and fonts named
 * with fallbacks.
 */

/** The exported image's font: common system fonts first, a generic family last. */
export const EXPORT_FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, Arial, Helvetica, sans-serif';

/** Attributes of the root <svg> that style its content (kept on the group that replaces it). */
const INHERITED = ['fill', 'stroke', 'font-family', 'font-size', 'font-weight', 'text-anchor'];

function escapeAttribute(value: string): string {
  return value.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

/** Rewrites one element in place: currentColor → ink, no class, generic-only fonts get the stack. */
function clean(element: Element, ink: string): void {
  element.removeAttribute('class');
  for (const { name, value } of [...element.attributes]) {
    if (/currentcolor/i.test(value)) element.setAttribute(name, value.replace(/currentcolor/gi, ink));
    if (name === 'font-family') element.setAttribute(name, EXPORT_FONT);
    if (name === 'style') element.removeAttribute(name);
  }
}

/**
 * The chart's content as `<g transform="translate(x,y)" …>…</g>` markup. Nested <svg> elements (Plot
 * draws some swatches that way) become groups too, placed at their x and y.
 */
export function inlineChartSvg(svg: Element, x: number, y: number, ink: string): string {
  const copy = svg.cloneNode(true) as Element;
  for (const style of [...copy.querySelectorAll('style')]) style.remove();
  for (const element of [copy, ...copy.querySelectorAll('*')]) clean(element, ink);
  for (const nested of [...copy.querySelectorAll('svg')]) {
    const group = nested.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'g');
    const nx = Number(nested.getAttribute('x') ?? 0) || 0;
    const ny = Number(nested.getAttribute('y') ?? 0) || 0;
    if (nx || ny) group.setAttribute('transform', `translate(${nx},${ny})`);
    for (const name of INHERITED) {
      const value = nested.getAttribute(name);
      if (value !== null) group.setAttribute(name, value);
    }
    group.append(...nested.childNodes);
    nested.replaceWith(group);
  }
  const kept = INHERITED.flatMap((name) => {
    const value = copy.getAttribute(name);
    return value === null ? [] : [` ${name}="${escapeAttribute(value)}"`];
  });
  const inner = [...copy.childNodes].map((node) => serialize(node)).join('');
  return `<g transform="translate(${x},${y})"${kept.join('')}>${inner}</g>`;
}

/** XML text of a node. */
function serialize(node: ChildNode): string {
  // XMLSerializer where there is one (browsers): HTML serialisation would write &nbsp;, which XML lacks.
  // The serialiser repeats the SVG namespace on each top-level element; the image's root declares it.
  if (node.nodeType === 1) {
    const xml = typeof XMLSerializer === 'undefined' ? (node as Element).outerHTML : new XMLSerializer().serializeToString(node);
    return xml.replace(/^(<[\w:-]+) xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, '$1');
  }
  if (node.nodeType === 3) return escapeAttribute(node.textContent ?? '');
  return '';
}
