/**
 * The chart a journalist publishes: own title and subtitle from the permalink (escaped in the page and
 * the image), a self-contained SVG (presentation attributes only) that a non-browser renderer
 * (resvg, the Rust SVG renderer, through @resvg/resvg-js) draws as Chromium does, with the interval legend, each group's n and a
 * footer with citation and permalink.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { openExplorer, waitForEngineView } from './support/explorer.ts';

const TITLE = '<b>Trust in the KSF</b> & "the army"';
const QUERY = `q=trust_army&by=ethnicity&country=2&w=1&dk=0&chart=grouped&t=${encodeURIComponent(TITLE)}&st=${encodeURIComponent('Kosovo, 2021')}`;

async function downloadSvg(page: Page): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="svg"]').click()]);
  return readFileSync(await file.path(), 'utf8');
}

interface Pixels { width: number; height: number; data: ArrayLike<number>; dark: number }

/** RGBA pixels on white, and the share of pixels that are dark (ink, not grey or colour). */
function withDarkShare(width: number, height: number, data: ArrayLike<number>): Pixels {
  let dark = 0;
  for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 0) + (data[i + 1] ?? 0) + (data[i + 2] ?? 0) < 150) dark += 1;
  return { width, height, data, dark: dark / (width * height) };
}

/**
 * The family fontconfig gives for sans-serif, which is what Chromium falls back to on Linux; resvg is
 * told the same, so the two renderers compare shapes drawn with one font, not two fonts' metrics.
 */
function systemSansSerif(): string {
  try {
    return execFileSync('fc-match', ['-f', '%{family[0]}', 'sans-serif'], { encoding: 'utf8' }).trim() || 'DejaVu Sans';
  } catch {
    return 'DejaVu Sans';
  }
}

/** resvg's rendering of the file at its own size, on white. */
function resvgPixels(svg: string): Pixels {
  const family = systemSansSerif();
  const font = { loadSystemFonts: true, defaultFontFamily: family, sansSerifFamily: family };
  const image = new Resvg(svg, { background: '#ffffff', fitTo: { mode: 'original' }, font }).render();
  return withDarkShare(image.width, image.height, image.pixels);
}

/** Chromium's rendering of the file as an image, read back through a canvas, on white. */
async function chromiumPixels(page: Page, svg: string, width: number, height: number): Promise<Pixels> {
  const data = await page.evaluate(async ({ source, w, h }) => {
    const image = new Image(w, h);
    const url = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml' }));
    image.src = url;
    await image.decode();
    URL.revokeObjectURL(url);
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, w, h);
    context.drawImage(image, 0, 0, w, h);
    return Array.from(context.getImageData(0, 0, w, h).data);
  }, { source: svg, w: width, h: height });
  return withDarkShare(width, height, data);
}

test('own title and subtitle, escaped in the page and the image; a self-contained SVG', async ({ page }) => {
  await openExplorer(page, 'en', QUERY);
  await waitForEngineView(page);
  await expect(page.locator('.figure-title')).toHaveText(TITLE);
  await expect(page.locator('.figure-subtitle')).toHaveText('Kosovo, 2021');
  await expect(page.locator('#chart-title')).toHaveValue(TITLE);
  await expect(page.locator('.figure-legend')).toContainText('95% confidence interval');
  const svg = await downloadSvg(page);
  expect(svg).toContain('&lt;b&gt;Trust in the KSF&lt;/b&gt; &amp; &quot;the army&quot;');
  expect(svg).not.toContain('<b>');
  expect(svg.match(/<svg\b/g)).toHaveLength(1);
  expect(svg).not.toMatch(/<style|class="|currentcolor/i);
  expect(svg).toMatch(/font-family="[^"]*Arial[^"]*sans-serif"/);
  expect(svg).toContain('>95% confidence interval</text>');
  expect(svg).toMatch(/\(n = [\d,]+\)/);
  expect(svg).toMatch(/>Cite as: Kosovar Centre for Security Studies \(\d{4}\)\./);
  // The permalink wraps inside the image, after / ? and &.
  expect(svg).toContain('>Permalink:</text>');
  expect(svg).toMatch(/>https:\/\/securitybarometer\.qkss\.org\/en\/explore\/\?q=trust_army&amp;[^<]*&amp;<\/text>/);
  expect(svg).not.toMatch(/xmlns="[^"]*"[^>]*>[\s\S]*xmlns=/);

  // Chromium's rendering of the file, against resvg's, at the same size.
  const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
  const height = Number(/<svg[^>]* height="(\d+)"/.exec(svg)?.[1]);
  const renderer = await page.context().newPage();
  const chromium = await chromiumPixels(renderer, svg, width, height);
  await renderer.close();
  const resvg = resvgPixels(svg);
  expect([resvg.width, resvg.height]).toEqual([chromium.width, chromium.height]);
  // Black gridlines or outlines (the bug of CSS and currentColor outside browsers) multiply the dark
  // pixels several times over; the renderers' text antialiasing alone differs by less than half.
  expect(resvg.dark).toBeGreaterThan(0.002);
  expect(resvg.dark / chromium.dark, `dark pixels: resvg ${resvg.dark}, Chromium ${chromium.dark}`).toBeGreaterThan(0.5);
  expect(resvg.dark / chromium.dark, `dark pixels: resvg ${resvg.dark}, Chromium ${chromium.dark}`).toBeLessThan(1.6);
  let differing = 0;
  for (let i = 0; i < resvg.data.length; i += 4) {
    const delta = Math.abs((resvg.data[i] ?? 0) - (chromium.data[i] ?? 0)) + Math.abs((resvg.data[i + 1] ?? 0) - (chromium.data[i + 1] ?? 0)) + Math.abs((resvg.data[i + 2] ?? 0) - (chromium.data[i + 2] ?? 0));
    if (delta > 120) differing += 1;
  }
  // Text is laid out by each renderer with its own font metrics, so glyph edges shift: measured 0.99% of pixels with resvg (5.5% with librsvg).
  const share = differing / (resvg.width * resvg.height);
  console.log(`published chart: resvg and Chromium differ at ${(share * 100).toFixed(2)}% of pixels; dark ${resvg.dark.toFixed(4)} / ${chromium.dark.toFixed(4)}`);
  expect(share).toBeLessThan(0.04);
});
