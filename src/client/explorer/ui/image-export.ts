/**
 * The chart as an SVG or PNG file with its title, legend, notes and source drawn on the image
 * (composed by src/lib/explorer/export-svg.ts). The PNG is the same SVG drawn on a canvas at twice
 * the size, through a blob: URL (allowed by the page's Content-Security-Policy).
 */
import { composeExportSvg, estimateTextWidth, type MeasureText } from '../../../lib/explorer/export-svg.ts';
import { EXPORT_FONT, inlineChartSvg } from '../../../lib/explorer/svg-inline.ts';
import { PALETTE } from '../../../charts/palette.ts';
import type { RenderedView } from './render.ts';

/** Text widths measured with a canvas in the font the image uses. */
function canvasMeasure(): MeasureText {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return estimateTextWidth;
  return (text, size, bold) => {
    context.font = `${bold ? '700 ' : ''}${size}px ${EXPORT_FONT}`;
    return context.measureText(text).width;
  };
}

/** footer: the citation and permalink lines drawn under the notes. */
export function exportSvg(rendered: RenderedView, footer: string[]): { svg: string; width: number; height: number } {
  // Plot may wrap its <svg> in a <figure>; the image takes the chart's own <svg>.
  const chart = rendered.chart instanceof SVGSVGElement ? rendered.chart : (rendered.chart?.querySelector('svg[viewBox]') ?? null);
  const box = chart?.getBoundingClientRect();
  const width = Number(chart?.getAttribute('width')) || box?.width || 640;
  const height = Number(chart?.getAttribute('height')) || box?.height || 0;
  const { parts } = rendered.figure;
  return composeExportSvg({
    chart: (x, y) => (chart ? inlineChartSvg(chart, x, y, PALETTE.ink) : ''),
    chartWidth: width, chartHeight: height,
    title: parts.title, subtitle: parts.subtitle, legend: parts.legend,
    notes: parts.emptyText ? [parts.emptyText, ...parts.notes] : parts.notes,
    footer,
    measure: canvasMeasure(),
  });
}

export function svgBlob(svg: string): Blob {
  return new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`], { type: 'image/svg+xml;charset=utf-8' });
}

export async function pngBlob(image: { svg: string; width: number; height: number }, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(svgBlob(image.svg));
  try {
    const picture = new Image();
    picture.decoding = 'async';
    const loaded = new Promise<void>((resolve, reject) => {
      picture.onload = () => resolve();
      picture.onerror = () => reject(new Error('The chart image could not be drawn'));
    });
    picture.src = url;
    await loaded;
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(image.width * scale);
    canvas.height = Math.ceil(image.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No canvas to draw the PNG on');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(picture, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
