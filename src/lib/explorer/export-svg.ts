/**
 * The chart as a standalone image: the chart's SVG framed by its title, subtitle and legend above and
 * its notes (base, filters, weighting, source, licence, synthetic data) and footer (citation with data
 * version, permalink) below, all drawn as SVG text so they travel with the picture. Self-contained:
 * presentation attributes only (svg-inline.ts), so non-browser renderers draw it as Chromium does. The browser serialises the result for the SVG download and draws it on
 * a canvas for the PNG. Text width is measured by a function the caller supplies (a canvas in the
 * browser; an estimate in tests).
 */
import type { LegendItem } from './chart-spec.ts';
import { EXPORT_FONT } from './svg-inline.ts';

export type MeasureText = (text: string, fontSize: number, bold: boolean) => number;

/** A width estimate for a sans-serif font, used where no canvas is at hand. */
export const estimateTextWidth: MeasureText = (text, fontSize, bold) => text.length * fontSize * (bold ? 0.6 : 0.55);

export interface ExportSvgInput {
  /** The chart's markup placed at (x, y): a group of presentation attributes (svg-inline.ts). */
  chart: (x: number, y: number) => string;
  chartWidth: number;
  chartHeight: number;
  title: string;
  subtitle: string;
  legend: LegendItem[];
  notes: string[];
  /** Citation and permalink lines, under the notes. */
  footer: string[];
  measure: MeasureText;
}

const PAD = 20;
const INK = '#1b1f24';
const MUTED = '#4a5360';
const RULE = '#c9d0d8';

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/**
 * A word wider than the line (a permalink) in pieces that end after "/", "?", "&" or ",", so a long
 * address wraps inside the image instead of running off it; other long words stay whole.
 */
function pieces(word: string, maxWidth: number, fontSize: number, bold: boolean, measure: MeasureText): string[] {
  if (measure(word, fontSize, bold) <= maxWidth) return [word];
  const parts = word.split(/(?<=[/?&,])/);
  const out: string[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (last !== undefined && measure(last + part, fontSize, bold) <= maxWidth) out[out.length - 1] = last + part;
    else out.push(part);
  }
  return out;
}

/** Greedy line breaking on spaces (and inside over-long addresses); other over-long words stay whole. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold: boolean, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    const [first = word, ...rest] = pieces(word, maxWidth, fontSize, bold, measure);
    if (rest.length > 0) {
      // An address in pieces: each piece after the first starts its own line.
      if (line) lines.push(line);
      lines.push(first, ...rest.slice(0, -1));
      line = rest[rest.length - 1] ?? '';
      continue;
    }
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
    const mid = top + 9;
    // The interval entry is a whisker with caps, drawn as the chart draws its intervals.
    const glyph = item.kind === 'interval'
      ? `<path d="M${x},${mid}H${x + 12}M${x},${mid - 4}V${mid + 4}M${x + 12},${mid - 4}V${mid + 4}" stroke="${INK}" stroke-width="1.5" fill="none"/>`
      : `<rect x="${x}" y="${top + 3}" width="12" height="12" fill="${escapeXml(item.colour)}"/>`;
    parts.push(glyph +
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
  blocks.push(input.chart(PAD, y));
  y += input.chartHeight + 12;
  for (const note of input.notes) add(textBlock(note, y, inner, 12, false, MUTED, input.measure), 2);
  if (input.footer.length > 0) {
    y += 6;
    blocks.push(`<path d="M${PAD},${y}H${PAD + inner}" stroke="${RULE}" stroke-width="1"/>`);
    y += 4;
    for (const line of input.footer) add(textBlock(line, y, inner, 11, false, INK, input.measure), 2);
  }
  const height = Math.ceil(y + PAD);

  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${EXPORT_FONT}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>${blocks.join('')}</svg>`;
  return { svg, width, height };
}
