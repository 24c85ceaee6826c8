/** Exports of the view on screen: CSV with its metadata header, SVG and PNG with the notes drawn on, permalink, embed code, SQL. */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures.ts';
import { openExplorer, shownCells, waitForEngineView } from './support/explorer.ts';
import { explorerStrings } from '../../src/lib/explorer/strings.ts';
import { SITE_URL } from '../../src/lib/site.ts';

const QUERY = 'q=trust_police&by=ethnicity&country=2&wave=2021&w=1&dk=0&chart=grouped';

/** Splits one CSV line into fields, honouring double quotes. */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') { field += '"'; i++; }
    else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) { fields.push(field); field = ''; }
    else field += c;
  }
  fields.push(field);
  return fields;
}

async function download(page: Page, kind: 'csv' | 'svg' | 'png'): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export="${kind}"]`).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

test('CSV: metadata header in the page language, then one row per cell with the numbers on screen', async ({ page }) => {
  const sq = explorerStrings('sq');
  await openExplorer(page, 'sq', QUERY);
  await waitForEngineView(page, QUERY);
  const { name, bytes } = await download(page, 'csv');
  expect(name).toBe('barometri-i-sigurise-trust_police-ethnicity.csv');
  const text = bytes.toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).split('\r\n');
  const header = lines.filter((l) => l.startsWith('# '));
  expect(header[0]).toBe('# Pyetja: Besimi te policia (trust_police)');
  // The questionnaire's wording, with its diacritics restored.
  expect(header).toContain('# Formulimi: Sa i besoni Policisë?');
  expect(header.some((h) => h.startsWith('# Filtrat: ') && h.includes('Kosova') && h.includes('2021'))).toBe(true);
  // The 2021 round has no design weights, and the export says so.
  expect(header).toContain(`# ${sq.csv_weighting}: ${sq.note_no_weights}`);
  expect(header.some((h) => h.startsWith('# Baza: '))).toBe(true);
  expect(header.some((h) => h.startsWith('# Burimi: '))).toBe(true);
  expect(header.some((h) => h.startsWith('# Licenca: CC BY 4.0.'))).toBe(true);
  expect(header.some((h) => h.startsWith('# Citimi: ') && h.includes(`${SITE_URL}/sq/explore/?${QUERY}`))).toBe(true);
  expect(header).toContain(`# ${sq.csv_permalink}: ${SITE_URL}/sq/explore/?${QUERY}`);
  // Real data: no synthetic-data notice.
  expect(header.some((h) => h.startsWith(`# ${sq.csv_synthetic}: `))).toBe(false);

  const columns = lines[header.length] ?? '';
  expect(columns).toBe('answer_code,answer,group_code,group,share_percent,ci95_low_percent,ci95_high_percent,cell_n,group_n,group_effective_n,reliability');
  const rows = lines.slice(header.length + 1).filter((l) => l !== '').map(csvFields);
  const cells = await shownCells(page);
  expect(rows).toHaveLength(cells.length);
  for (const cell of cells) {
    const row = rows.find((r) => r[0] === String(cell.row) && r[2] === cell.col);
    expect(row, `${cell.row}/${cell.col}`).toBeDefined();
    const expectedShare = cell.share === null ? '' : String(Math.round(cell.share * 10000) / 100);
    expect(row?.[4]).toBe(expectedShare);
    expect(row?.[8]).toBe(String(cell.n));
  }
  // Suppressed groups are marked as such, without a share.
  expect(rows.some((r) => r[4] === '' && r[10] === sq.reliability_suppressed)).toBe(true);
});

test('SVG and PNG: the chart with title, notes and source drawn on the image', async ({ page }) => {
  await openExplorer(page, 'en', QUERY);
  await waitForEngineView(page, QUERY);
  const svg = (await download(page, 'svg')).bytes.toString('utf8');
  expect(svg.startsWith('<?xml')).toBe(true);
  expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
  expect(svg).toContain('>Trust in the police</text>');
  expect(svg).toMatch(/>Source: Western Balkans Security Barometer, Kosovar Centre for Security Studies, data version [\d.]+\.<\/text>/);
  expect(svg).toContain('>Licence: CC BY 4.0.</text>');
  expect(svg).not.toMatch(/Demonstration data/);
  expect(svg).toContain('Unweighted shares');
  expect(svg).toContain('Filters: Country: Kosovo');

  const png = (await download(page, 'png')).bytes;
  // The PNG signature, then the IHDR chunk with the size: twice the SVG's size.
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  const svgWidth = Number(/<svg[^>]* width="(\d+(?:\.\d+)?)"/.exec(svg)?.[1]);
  const svgHeight = Number(/<svg[^>]* height="(\d+(?:\.\d+)?)"/.exec(svg)?.[1]);
  expect(png.readUInt32BE(16)).toBe(Math.ceil(svgWidth * 2));
  expect(png.readUInt32BE(20)).toBe(Math.ceil(svgHeight * 2));
  expect(png.length).toBeGreaterThan(10_000);
});

test('permalink, embed code and SQL are the view on screen on the public site, and copy to the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openExplorer(page, 'en', QUERY);
  await waitForEngineView(page, QUERY);
  await expect(page.locator('[data-permalink]')).toHaveValue(`${SITE_URL}/en/explore/?${QUERY}`);
  const embed = await page.locator('[data-embed-code]').inputValue();
  expect(embed).toContain(`<iframe src="${SITE_URL}/en/embed/?${QUERY.replace(/&/g, '&amp;')}"`);
  expect(embed).toContain('addEventListener("message"');
  const sql = await page.locator('[data-sql]').inputValue();
  expect(sql).toContain("read_parquet('wbsb.parquet')");
  expect(sql).toContain('"ethnicity" AS grp');
  expect(sql).toContain('"wave" IN (2021)');

  await page.locator('[data-copy="explorer-sql"]').click();
  await expect(page.locator('[data-copy-status]')).toHaveText('Copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(sql);
  await page.locator('[data-copy="explorer-permalink"]').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE_URL}/en/explore/?${QUERY}`);
});
