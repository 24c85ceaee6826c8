/**
 * Build-time rendering: runs a chart function against a linkedom document and returns its markup, so
 * pages carry the chart in their first HTML response. The same chart functions draw in the browser.
 */
import { parseHTML } from 'linkedom';

export function renderChartMarkup(draw: (document: Document) => Element): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const element = draw(document);
  return element.outerHTML;
}
