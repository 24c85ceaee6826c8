/**
 * The left axis of horizontal bar charts, whose labels are group or answer names of very different
 * lengths ("Men", "Roma, Ashkali or Egyptian"). The margin grows with the longest label but never takes
 * more than 40% of the width, and labels wrap onto more lines instead of being cut off, so bars keep
 * their room on a phone.
 */
import * as Plot from '@observablehq/plot';

/** Plot's default font size in charts, in pixels: its `lineWidth` is measured in ems of it. */
const FONT_PX = 10;
/** Average width of a character, in pixels, at that font size. */
const CHAR_PX = 6;

export function labelMargin(labels: readonly string[], width: number): number {
  const longest = Math.max(0, ...labels.map((label) => label.length));
  return Math.round(Math.min(Math.max(48, 14 + CHAR_PX * longest), width * 0.4));
}

/** A y (or fy) axis on the left whose tick labels wrap to fit `margin` pixels. */
export function wrappingAxis(axis: 'y' | 'fy', margin: number): Plot.CompoundMark | Plot.Markish {
  // Plot puts an explicit fy axis on the right by default; the margin we sized is on the left.
  const options = { label: null, tickSize: 0, anchor: 'left', lineWidth: (margin - 12) / FONT_PX } as const;
  return axis === 'y' ? Plot.axisY(options) : Plot.axisFy(options);
}
