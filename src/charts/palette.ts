/**
 * The one colour palette of the portal, shared by the interface (as CSS custom properties, see
 * paletteCss) and the charts (Plot colour ranges). One palette per kind of scale: unordered categories
 * (answers, countries, institutions) take the categorical set, built on the Okabe–Ito colours, which stay
 * distinguishable with the common forms of colour blindness, the strongest contrasts first; ordered
 * answers take the blue–orange diverging ramp (answerColourMap). A unit test simulates protanopia,
 * deuteranopia and tritanopia and keeps every pair apart. Every categorical colour used for marks has at
 * least 3:1 contrast with the white background (WCAG 1.4.11) except where charts add direct labels.
 */
import { MISSING } from '../lib/codebook/schema.ts';

export const PALETTE = {
  ink: '#1b1f24',
  muted: '#4a5360',
  paper: '#ffffff',
  wash: '#f3f5f7',
  rule: '#c9d0d8',
  accent: '#0b5cad',
  accentInk: '#ffffff',
  focus: '#b3541e',
  warning: '#8a4b00',
  warningWash: '#fff4e0',
  // Nine, the most answers an unordered question has, so no two answers of a question share a colour.
  categorical: ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#7A5C00', '#56007a', '#5c6b7a', '#b8002e', '#8a3ffc'],
  /** Ordered scales, low → high (a blue–orange diverging ramp with a grey middle). */
  diverging: ['#b35806', '#e08214', '#fdb863', '#b8b8b8', '#8fb5d9', '#4a87c2', '#1d5a99'],
} as const;

/**
 * The interface colours when the reader's system asks for a dark scheme (prefers-color-scheme). Text
 * keeps at least 4.5:1 against paper and wash. Charts are not recoloured: they are drawn at build time
 * with the light palette (whose mark colours are checked against white), so in the dark scheme they sit
 * on a white panel of their own (global.css) and keep exactly their contrast.
 */
export const DARK_PALETTE = {
  ink: '#e6e9ed',
  muted: '#aab4c0',
  paper: '#15191e',
  wash: '#1f252c',
  rule: '#3d4752',
  accent: '#8cc2f5',
  accentInk: '#0b1a2b',
  focus: '#f2a766',
  warning: '#f2bb66',
  warningWash: '#33280f',
} as const;

/** Greys for the missing codes when they are shown, by code: not asked, don't know, refused. */
export const MISSING_GREYS: Readonly<Record<number, string>> = { [MISSING.notAsked]: '#d5d9de', [MISSING.dontKnow]: '#8a8f96', [MISSING.refused]: '#b9bec4' };

/** What the answer palette needs to know of a question. */
export interface PaletteQuestion {
  ordered: boolean;
  values: readonly { code: number }[];
}

/**
 * The one rule for colouring a question's answers, by answer code, on every page and chart: an ordered
 * scale (no trust … complete trust) takes the diverging ramp from its low end to its high end, unordered
 * answers take the categorical set in codebook order, and the missing codes are greys. Keyed by code,
 * so the same answer has the same colour whichever other answers a view shows.
 */
export function answerColourMap(question: PaletteQuestion): Map<number, string> {
  const codes = question.values.map((v) => v.code);
  const scale = question.ordered ? orderedColours(codes.length) : categoricalColours(codes.length);
  const map = new Map<number, string>(codes.map((code, i) => [code, scale[i] ?? PALETTE.muted]));
  for (const [code, grey] of Object.entries(MISSING_GREYS)) map.set(Number(code), grey);
  return map;
}

/** An answer group against the rest (the explorer's measure): the ramp's high end against a grey. */
export const GROUP_COLOURS = { group: PALETTE.diverging[PALETTE.diverging.length - 1] ?? PALETTE.accent, rest: MISSING_GREYS[MISSING.refused] ?? PALETTE.rule } as const;

/** Colours for k ordered answers, taken evenly from the diverging ramp. */
export function orderedColours(k: number): string[] {
  const ramp = PALETTE.diverging;
  if (k <= 1) return [ramp[ramp.length - 1] ?? '#1d5a99'];
  return Array.from({ length: k }, (_, i) => ramp[Math.round((i * (ramp.length - 1)) / (k - 1))] ?? '#888888');
}

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** Contrast ratio of a #rrggbb colour against white. */
export function contrastOnWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

/**
 * The colour itself when it has 4.5:1 contrast on white (WCAG text), else the same hue darkened just
 * enough: direct labels read as their line's colour and stay legible.
 */
export function textColour(hex: string): string {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) return PALETTE.ink;
  if (contrastOnWhite(hex) >= 4.5) return hex;
  for (let k = 1; k <= 20; k++) {
    const f = 1 - k * 0.04;
    const darker = `#${[0, 1, 2].map((i) => Math.round(parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) * f).toString(16).padStart(2, '0')).join('')}`;
    if (contrastOnWhite(darker) >= 4.5) return darker;
  }
  return PALETTE.ink;
}

/** Colours for k unordered categories. */
export function categoricalColours(k: number): string[] {
  const set = PALETTE.categorical;
  return Array.from({ length: k }, (_, i) => set[i % set.length] ?? '#888888');
}

/** The palette as CSS custom properties on :root, so stylesheets use the same values as the charts. */
type InterfaceColours = { readonly [K in keyof typeof DARK_PALETTE]: string };

function interfaceLines(p: InterfaceColours): string[] {
  return [
    `--ink:${p.ink}`, `--muted:${p.muted}`, `--paper:${p.paper}`, `--wash:${p.wash}`,
    `--rule:${p.rule}`, `--accent:${p.accent}`, `--accent-ink:${p.accentInk}`,
    `--focus:${p.focus}`, `--warning:${p.warning}`, `--warning-wash:${p.warningWash}`,
  ];
}

/**
 * The palette as CSS custom properties on :root, so stylesheets use the same values as the charts; the
 * dark scheme overrides the interface colours only, and never in print (paper is white).
 */
export function paletteCss(): string {
  const lines = [
    'color-scheme:light dark',
    ...interfaceLines(PALETTE),
    ...PALETTE.categorical.map((c, i) => `--cat-${i + 1}:${c}`),
    ...PALETTE.diverging.map((c, i) => `--div-${i + 1}:${c}`),
  ];
  const dark = interfaceLines(DARK_PALETTE);
  return `:root{${lines.join(';')}}@media screen and (prefers-color-scheme:dark){:root{${dark.join(';')}}}`;
}
