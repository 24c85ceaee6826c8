/**
 * The site's one answer palette: ordered answers on the diverging ramp from its low end to its high end,
 * unordered answers on the categorical set, missing codes grey; no two answers of any real question share
 * a colour, and every pair stays apart for readers with protanopia, deuteranopia or tritanopia.
 */
import { describe, expect, it } from 'vitest';
import { answerColourMap, categoricalColours, MISSING_GREYS, orderedColours, PALETTE } from '../../../src/charts/palette.ts';
import { loadCodebook } from '../../e2e/support/reference-crosstab.ts';

const values = (n: number) => Array.from({ length: n }, (_, i) => ({ code: i + 1 }));

describe('answer colours, by code', () => {
  it('an ordered four-point scale takes the ramp at 0, 2, 4 and 6 of its seven steps', () => {
    const map = answerColourMap({ ordered: true, values: values(4) });
    expect([1, 2, 3, 4].map((code) => map.get(code))).toEqual(['#b35806', '#fdb863', '#8fb5d9', '#1d5a99']);
  });
  it('an ordered five-point scale has the grey middle at its middle answer', () => {
    const map = answerColourMap({ ordered: true, values: values(5) });
    expect([1, 2, 3, 4, 5].map((code) => map.get(code))).toEqual(['#b35806', '#fdb863', '#b8b8b8', '#4a87c2', '#1d5a99']);
  });
  it('unordered answers take the categorical set in codebook order; missing codes are grey', () => {
    const map = answerColourMap({ ordered: false, values: [{ code: 3 }, { code: 1 }] });
    expect(map.get(3)).toBe('#0072B2');
    expect(map.get(1)).toBe('#D55E00');
    expect(map.get(98)).toBe(MISSING_GREYS[98]);
    expect(map.get(99)).toBe(MISSING_GREYS[99]);
  });
  it('no two answers of a question in the real codebook share a colour, in any language', () => {
    for (const lang of ['sq', 'en', 'sr']) {
      for (const question of loadCodebook(lang).questions) {
        const map = answerColourMap(question);
        const colours = question.values.map((v) => map.get(v.code));
        expect(colours.every((c) => typeof c === 'string'), question.id).toBe(true);
        expect(new Set(colours).size, question.id).toBe(colours.length);
      }
    }
  });
});

// Colour-vision deficiency simulation: Machado, Oliveira & Fernandes (2009), severity 1.0, applied to
// linear RGB; differences as CIE76 ΔE in CIELAB (D65). 10 is our floor for two marks told apart by colour.
const CVD = {
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
} as const;
const MIN_DELTA_E = 10;

function linear(hex: string): [number, number, number] {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return [channel(0), channel(1), channel(2)];
}
function lab([r, g, b]: readonly number[]): [number, number, number] {
  const [R, G, B] = [r, g, b].map((v) => Math.min(1, Math.max(0, v ?? 0))) as [number, number, number];
  const x = 0.4124564 * R + 0.3575761 * G + 0.1804375 * B;
  const y = 0.2126729 * R + 0.7151522 * G + 0.072175 * B;
  const z = 0.0193339 * R + 0.119192 * G + 0.9503041 * B;
  const f = (t: number) => (t > (6 / 29) ** 3 ? Math.cbrt(t) : t / (3 * (6 / 29) ** 2) + 4 / 29);
  const [fx, fy, fz] = [f(x / 0.95047), f(y), f(z / 1.08883)];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}
function seenAs(hex: string, matrix: readonly (readonly number[])[]): [number, number, number] {
  const c = linear(hex);
  return lab(matrix.map((row) => (row[0] ?? 0) * c[0] + (row[1] ?? 0) * c[1] + (row[2] ?? 0) * c[2]));
}
const deltaE = (a: readonly number[], b: readonly number[]) => Math.hypot((a[0] ?? 0) - (b[0] ?? 0), (a[1] ?? 0) - (b[1] ?? 0), (a[2] ?? 0) - (b[2] ?? 0));

describe('colour-blind safety', () => {
  it('the simulation leaves grey as grey and tells black from white', () => {
    const grey = seenAs('#808080', CVD.deuteranopia);
    expect(Math.abs(grey[1]) + Math.abs(grey[2])).toBeLessThan(1.5);
    expect(deltaE(seenAs('#000000', CVD.protanopia), seenAs('#ffffff', CVD.protanopia))).toBeCloseTo(100, 0);
  });
  for (const [deficiency, matrix] of Object.entries(CVD)) {
    it(`every pair of categorical colours stays apart under ${deficiency}`, () => {
      const set = categoricalColours(PALETTE.categorical.length);
      for (let i = 0; i < set.length; i++) {
        for (let j = i + 1; j < set.length; j++) {
          const a = set[i] ?? '', b = set[j] ?? '';
          expect(deltaE(seenAs(a, matrix), seenAs(b, matrix)), `${a} ${b}`).toBeGreaterThanOrEqual(MIN_DELTA_E);
        }
      }
    });
    it(`neighbouring steps of every ordered scale stay apart under ${deficiency}`, () => {
      for (let k = 2; k <= PALETTE.diverging.length; k++) {
        const ramp = orderedColours(k);
        for (let i = 1; i < ramp.length; i++) {
          const a = ramp[i - 1] ?? '', b = ramp[i] ?? '';
          expect(deltaE(seenAs(a, matrix), seenAs(b, matrix)), `${k}: ${a} ${b}`).toBeGreaterThanOrEqual(MIN_DELTA_E);
        }
      }
    });
  }
});
