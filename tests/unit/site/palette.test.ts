/** The palette's colours used for text and marks reach the WCAG contrast minimums on white. */
import { describe, expect, it } from 'vitest';
import { DARK_PALETTE, PALETTE, categoricalColours, orderedColours, paletteCss } from '../../../src/charts/palette.ts';

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('palette', () => {
  it('computes contrast like the WCAG definition (black on white is 21:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 6);
  });
  it('text colours reach 4.5:1 on white and on the wash background', () => {
    for (const colour of [PALETTE.ink, PALETTE.muted, PALETTE.accent, PALETTE.warning, PALETTE.focus]) {
      expect(contrast(colour, PALETTE.paper), colour).toBeGreaterThanOrEqual(4.5);
      expect(contrast(colour, PALETTE.wash), colour).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(PALETTE.warning, PALETTE.warningWash)).toBeGreaterThanOrEqual(4.5);
  });
  it('in the dark scheme, text colours reach 4.5:1 on the dark paper and wash, and button text on the accent', () => {
    const d = DARK_PALETTE;
    for (const colour of [d.ink, d.muted, d.accent, d.warning, d.focus]) {
      expect(contrast(colour, d.paper), colour).toBeGreaterThanOrEqual(4.5);
      expect(contrast(colour, d.wash), colour).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(d.warning, d.warningWash)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(d.ink, d.warningWash)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(d.accentInk, d.accent)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(d.paper, d.ink)).toBeGreaterThanOrEqual(4.5);
  });
  it('switches to the dark colours only on screens that ask for them', () => {
    expect(paletteCss()).toContain(`@media screen and (prefers-color-scheme:dark){:root{--ink:${DARK_PALETTE.ink}`);
  });
  it('categorical mark colours reach 3:1 on white', () => {
    for (const colour of PALETTE.categorical) expect(contrast(colour, PALETTE.paper), colour).toBeGreaterThanOrEqual(3);
  });
  it('hands out as many colours as asked, the ends of the ordered ramp at the ends', () => {
    expect(categoricalColours(10)).toHaveLength(10);
    const four = orderedColours(4);
    expect(four[0]).toBe(PALETTE.diverging[0]);
    expect(four[3]).toBe(PALETTE.diverging[PALETTE.diverging.length - 1]);
  });
});
