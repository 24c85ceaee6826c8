/**
 * The explorer's subset download: the respondents who match the view's filters, with the view's
 * variables and the demographics the reader adds, as CSV with the metadata header in the page language.
 * The expected respondents are read from the published Parquet file in Node (hyparquet), not from the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import { test, expect } from './support/fixtures.ts';
import { openExplorer, waitForEngineView } from './support/explorer.ts';
import type { ResolvedCodebook } from '../../src/lib/codebook/resolved.ts';
import { subsetStrings } from '../../src/lib/downloads/subset-strings.ts';
import { SITE_URL } from '../../src/lib/site.ts';

const DATA = join(process.cwd(), 'public', 'data', 'wbsb');
// Kosovo, 2021, women; broken down by ethnicity.
const QUERY = 'q=trust_police&by=ethnicity&country=2&gender=2&wave=2021&w=1&dk=0&chart=grouped';

interface Respondent {
  id: string;
  country: number;
  wave: number;
  gender: number;
  age_group: number;
  ethnicity: number;
  weight: number;
  trust_police: number;
}

async function matchingRespondents(): Promise<Respondent[]> {
  const bytes = readFileSync(join(DATA, 'wbsb.parquet'));
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const rows = (await parquetReadObjects({ file, columns: ['id', 'country', 'wave', 'gender', 'age_group', 'ethnicity', 'weight', 'trust_police'] })) as unknown as Respondent[];
  return rows.filter((row) => row.country === 2 && row.wave === 2021 && row.gender === 2);
}

function label(codebook: ResolvedCodebook, id: string, code?: number): string {
  const variable = codebook.demographics.find((d) => d.id === id);
  if (code === undefined) return variable?.label ?? id;
  return variable?.values.find((value) => value.code === code)?.label ?? String(code);
}

test('explore: the subset download holds exactly the filtered respondents, with the metadata header in Albanian', async ({ page }) => {
  const codebook = JSON.parse(readFileSync(join(DATA, 'codebook.sq.json'), 'utf8')) as ResolvedCodebook;
  const s = subsetStrings('sq', codebook.dataset);
  const expected = await matchingRespondents();
  expect(expected.length).toBeGreaterThan(100);

  await openExplorer(page, 'sq', QUERY);
  await waitForEngineView(page, QUERY);
  await page.getByRole('checkbox', { name: label(codebook, 'age_group') }).check();
  const button = page.locator('[data-subset-download]');
  await expect(button).toBeEnabled();
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toBe('wbsb-subset.csv');
  const text = readFileSync(await download.path(), 'utf8');
  await expect(page.locator('[data-subset-status]')).toHaveText('Skedari u përgatit.');

  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).split('\r\n');
  expect(lines.at(-1)).toBe('');
  const header = lines.filter((line) => line.startsWith('# '));
  const filters = `${label(codebook, 'country')}: Kosova; ${label(codebook, 'wave')}: 2021; ${label(codebook, 'gender')}: ${label(codebook, 'gender', 2)}`;
  expect(header[0]).toBe(`# ${s.title}: ${codebook.dataset.title} ${codebook.dataset.version}`);
  expect(header).toContain(`# ${s.filters}: ${filters}`);
  expect(header.find((line) => line.startsWith(`# ${s.variables}: `))).toBe(
    `# ${s.variables}: id, country (${label(codebook, 'country')}), wave (${label(codebook, 'wave')}), gender (${label(codebook, 'gender')}), `
    + `age_group (${label(codebook, 'age_group')}), ethnicity (${label(codebook, 'ethnicity')}), weight, trust_police (${codebook.questions.find((q) => q.id === 'trust_police')?.short ?? ''})`,
  );
  expect(header).toContain(`# ${s.rows}: ${expected.length}`);
  expect(header).toContain(`# ${s.source}: ${codebook.dataset.publisher}, ${codebook.dataset.title} ${codebook.dataset.version}`);
  expect(header).toContain(`# ${s.licence}: CC-BY-4.0 https://creativecommons.org/licenses/by/4.0/`);
  expect(header).toContain(`# ${s.citation}: ${s.citationText.replace(/\s+/g, ' ').trim()}`);
  expect(header).toContain(`# ${s.permalink}: ${SITE_URL}/sq/explore/?${QUERY}`);
  // Real data: the permalink closes the header, and no synthetic-data notice follows.
  expect(header.at(-1)).toBe(`# ${s.permalink}: ${SITE_URL}/sq/explore/?${QUERY}`);
  expect(header.some((line) => line.startsWith(`# ${s.notice}: `))).toBe(false);

  const columns = lines[header.length];
  expect(columns).toBe('id,country,wave,gender,age_group,ethnicity,weight,trust_police');
  const rows = lines.slice(header.length + 1, -1).map((line) => line.split(','));
  expect(rows).toHaveLength(expected.length);
  const byId = new Map(expected.map((respondent) => [respondent.id, respondent]));
  for (const row of rows) {
    const respondent = byId.get(row[0] ?? '');
    expect(respondent, `respondent ${row[0]}`).toBeDefined();
    if (!respondent) continue;
    expect(row).toEqual([respondent.id, '2', '2021', '2', String(respondent.age_group), String(respondent.ethnicity), String(respondent.weight), String(respondent.trust_police)]);
  }
  expect(new Set(rows.map((row) => row[0])).size).toBe(expected.length);
});
