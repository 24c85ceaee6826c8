/**
 * The chart a journalist publishes: own title and subtitle from the permalink (escaped in the page and
 * the image), a self-contained SVG (presentation attributes only) that a non-browser renderer
 * (librsvg's rsvg-convert) draws as Chromium does, with the interval legend, each group's n and a
 * footer with citation and permalink.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { openExplorer, waitForEngineView } from './support/explorer.ts';

const TITLE = '<b>Trust in the KSF</b> & "the army"';
const QUERY = `q=trust_army&by=ethnicity&country=2&w=1&dk=0&chart=grouped&t=${encodeURIComponent(TITLE)}&st=${encodeURIComponent('Kosovo, 2021')}`;

async function downloadSvg(page: Page): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="svg"]').click()]);
  return readFileSync(await file.path(), 'utf8');
}

/** RGBA pixels of a PNG, and the share of pixels that are dark (ink, not grey or colour). */
async function pixels(png: Buffer): Promise<{ width: number; height: number; data: Buffer; dark: number }> {
  const { data, info } = await sharp(png).flatten({ background: '#ffffff' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  let dark = 0;
  for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 0) + (data[i + 1] ?? 0) + (data[i + 2] ?? 0) < 150) dark += 1;
  return { width: info.width, height: info.height, data, dark: dark / (info.width * info.height) };
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

  // Chromium's rendering of the file, against librsvg's, at the same size.
  const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
  const height = Number(/<svg[^>]* height="(\d+)"/.exec(svg)?.[1]);
  const folder = mkdtempSync(join(tmpdir(), 'wbsb-svg-'));
  writeFileSync(join(folder, 'chart.svg'), svg);
  execFileSync('rsvg-convert', ['-w', String(width), '-h', String(height), '-b', 'white', '-o', join(folder, 'rsvg.png'), join(folder, 'chart.svg')]);
  const renderer = await page.context().newPage();
  await renderer.setViewportSize({ width, height });
  await renderer.setContent(`<body style="margin:0;background:#fff"><img alt="" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body>`);
  await expect(renderer.locator('img')).toHaveJSProperty('complete', true);
  const chromium = await pixels(await renderer.locator('img').screenshot());
  const rsvg = await pixels(readFileSync(join(folder, 'rsvg.png')));
  expect([rsvg.width, rsvg.height]).toEqual([chromium.width, chromium.height]);
  // Black gridlines or outlines (the bug of CSS and currentColor outside browsers) multiply the dark
  // pixels several times over; the renderers' text antialiasing alone differs by less than half.
  expect(rsvg.dark).toBeGreaterThan(0.002);
  expect(rsvg.dark / chromium.dark, `dark pixels: rsvg ${rsvg.dark}, Chromium ${chromium.dark}`).toBeGreaterThan(0.5);
  expect(rsvg.dark / chromium.dark, `dark pixels: rsvg ${rsvg.dark}, Chromium ${chromium.dark}`).toBeLessThan(1.6);
  let differing = 0;
  for (let i = 0; i < rsvg.data.length; i += 4) {
    const delta = Math.abs((rsvg.data[i] ?? 0) - (chromium.data[i] ?? 0)) + Math.abs((rsvg.data[i + 1] ?? 0) - (chromium.data[i + 1] ?? 0)) + Math.abs((rsvg.data[i + 2] ?? 0) - (chromium.data[i + 2] ?? 0));
    if (delta > 120) differing += 1;
  }
  // Text is laid out by each renderer with its own font metrics, so glyph edges shift: measured 5.5%.
  expect(differing / (rsvg.width * rsvg.height)).toBeLessThan(0.08);
  await renderer.close();
});
