/**
 * Build-time rendering of charts: runs a chart function (src/charts/) against a linkedom document and
 * returns its markup, so pages carry the chart in their first HTML response; the same chart functions
 * draw in the browser. Pages ship a chart at two widths (a wide one for tablets and desktops, a narrow
 * one for phones, so text in the chart stays legible when it scales down), and the compact trend used
 * on cards at one.
 */
import { parseHTML } from 'linkedom';

export function renderChartMarkup(draw: (document: Document) => Element): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const element = draw(document);
  return element.outerHTML;
}

/**
 * Widths in CSS pixels of the two renderings; CSS shows the narrow one below 40rem. The narrow width
 * is about the room a 360 px phone leaves for a chart, so its text is drawn near its real size.
 */
export const WIDE_WIDTH = 640;
export const NARROW_WIDTH = 330;

export interface ResponsiveChart {
  wide: string;
  narrow: string;
}

function render(draw: (document: Document, width: number) => Element, width: number): string {
  return renderChartMarkup((document) => draw(document, width));
}

export function renderResponsive(draw: (document: Document, width: number) => Element, narrowWidth: number = NARROW_WIDTH): ResponsiveChart {
  return { wide: render(draw, WIDE_WIDTH), narrow: render(draw, narrowWidth) };
}

/** One rendering only, for small charts on cards whose width hardly changes. */
export function renderSingle(draw: (document: Document, width: number) => Element, width: number): string {
  return render(draw, width);
}
