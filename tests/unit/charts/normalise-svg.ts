/**
 * Snapshot form of a chart's SVG: Plot numbers its clip paths and class names per process, and float
 * noise in coordinates is not a change, so those are normalised; one element per line for readable diffs.
 */
export function normaliseSvg(svg: string): string {
  return svg
    .replace(/plot-[0-9a-f]{6}(-[a-z]+)?/g, 'plot-CLASS$1')
    .replace(/plot-clip-\d+/g, 'plot-clip-N')
    .replace(/(\d+\.\d{2})\d+/g, '$1')
    .replace(/></g, '>\n<');
}

