/**
 * The chart as a standalone image: the chart's SVG framed by its title, subtitle and legend above and
 * its notes (base, filters, weighting, source, licence, synthetic data) below, all drawn as SVG text so
 * they travel with the picture. The browser serialises the result for the SVG download and draws it on
 * a canvas for the PNG. Text width is measured by a function the caller supplies (a canvas in the
 * browser; an estimate in tests).
 */
import type { LegendItem } from './chart-spec.ts';

export type MeasureText = (text: string, fontSize: number, bold: boolean) => number;

/** A width estimate for a sans-serif font, used where no canvas is at hand. */
export const estimateTextWidth: MeasureText = (text, fontSize, bold) => text.length * fontSize * (bold ? 0.6 : 0.55);

export interface ExportSvgInput {
  /** The chart's serialised <svg> (with its xmlns). */
  chartSvg: string;
  chartWidth: number;
  chartHeight: number;
  title: string;
  subtitle: string;
  legend: LegendItem[];
  notes: string[];
  measure: MeasureText;
}

const PAD = 20;
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, Arial, sans-serif';
const INK = '#1b1f24';
const MUTED = '#4a5360';

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/** Greedy line breaking on spaces; a single word longer than the line stays whole. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold: boolean, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

interface Block { markup: string; height: number }

function textBlock(text: string, y: number, width: number, size: number, bold: boolean, fill: string, measure: MeasureText): Block {
  const lineHeight = Math.round(size * 1.35);
  const lines = wrapText(text, width, size, bold, measure);
  const markup = lines.map((line, i) =>
    `<text x="${PAD}" y="${y + size + i * lineHeight}" font-size="${size}"${bold ? ' font-weight="700"' : ''} fill="${fill}">${escapeXml(line)}</text>`).join('');
  return { markup, height: lines.length * lineHeight };
}

function legendBlock(items: LegendItem[], y: number, width: number, measure: MeasureText): Block {
  if (items.length < 2) return { markup: '', height: 0 };
  const size = 12;
  const rowHeight = 20;
  let x = PAD;
  let row = 0;
  const parts: string[] = [];
  for (const item of items) {
    const itemWidth = 18 + measure(item.label, size, false) + 16;
    if (x > PAD && x + itemWidth > PAD + width) { x = PAD; row += 1; }
    const top = y + row * rowHeight;
    parts.push(`<rect x="${x}" y="${top + 3}" width="12" height="12" fill="${escapeXml(item.colour)}"/>` +
      `<text x="${x + 18}" y="${top + 13}" font-size="${size}" fill="${INK}">${escapeXml(item.label)}</text>`);
    x += itemWidth;
  }
  return { markup: parts.join(''), height: (row + 1) * rowHeight };
}

export function composeExportSvg(input: ExportSvgInput): { svg: string; width: number; height: number } {
  const inner = Math.max(input.chartWidth, 560);
  const width = inner + 2 * PAD;
  let y = PAD;
  const blocks: string[] = [];
  const add = (block: Block, gap: number) => { blocks.push(block.markup); y += block.height + gap; };

  add(textBlock(input.title, y, inner, 20, true, INK, input.measure), 4);
  add(textBlock(input.subtitle, y, inner, 14, false, MUTED, input.measure), 10);
  add(legendBlock(input.legend, y, inner, input.measure), 8);
  blocks.push(`<g transform="translate(${PAD},${y})">${input.chartSvg}</g>`);
  y += input.chartHeight + 12;
  for (const note of input.notes) add(textBlock(note, y, inner, 12, false, MUTED, input.measure), 2);
  const height = Math.ceil(y + PAD);

  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>${blocks.join('')}</svg>`;
  return { svg, width, height };
}
