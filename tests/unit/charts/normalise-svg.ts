/**
 * Snapshot form of a chart's SVG, written as a file a reviewer can open (tests/unit/charts/__svg__/):
 * Plot names its class and clip paths with per-process random ids, so, as Plot's own tests do, each id
 * is renumbered in the order it first appears in the document; float noise in coordinates is not a
 * change, so coordinates keep two decimals; one element per line for readable diffs.
 */
import { fileURLToPath } from 'node:url';

function renumber(svg: string, pattern: RegExp, name: (index: number) => string): string {
  const seen = new Map<string, string>();
  return svg.replace(pattern, (id) => {
    let renamed = seen.get(id);
    if (renamed === undefined) {
      renamed = name(seen.size + 1);
      seen.set(id, renamed);
    }
    return renamed;
  });
}

export function normaliseSvg(svg: string): string {
  let out = renumber(svg, /plot-[0-9a-f]{6}(?=\b|-)/g, (i) => `plot-${i}`);
  out = renumber(out, /plot-clip-\d+/g, (i) => `plot-clip-${i}`);
  out = out.replace(/(\d+\.\d{2})\d+/g, '$1').replace(/></g, '>\n<');
  // A file a browser or an image viewer opens needs the SVG namespace on its root.
  if (!/^<svg[^>]*\sxmlns=/.test(out)) out = out.replace(/^<svg/, '<svg xmlns="http://www.w3.org/2000/svg"');
  return `${out}\n`;
}

/** Where the snapshot file of a chart lives. */
export function svgSnapshot(name: string): string {
  return fileURLToPath(new URL(`./__svg__/${name}.svg`, import.meta.url));
}
