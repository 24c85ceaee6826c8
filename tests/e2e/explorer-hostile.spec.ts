/**
 * Hostile and broken permalinks: SQL fragments in every parameter, quotes and comments, unknown ids,
 * huge and negative numbers, broken percent-encodings, very long values, repeated parameters. Each
 * must show the notice, fall back to a valid view that the engine still computes (so no injected SQL
 * took effect), and log no error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './support/fixtures.ts';
import { openExplorer, waitForEngineView } from './support/explorer.ts';
import { parseState, serializeState } from '../../src/lib/explorer/state.ts';
import type { ResolvedCodebook } from '../../src/lib/codebook/resolved.ts';

const codebook = JSON.parse(readFileSync(join(process.cwd(), 'public', 'data', 'wbsb', 'codebook.en.json'), 'utf8')) as ResolvedCodebook;

/** Raw query strings, exactly as they would be typed into the address bar. */
export const HOSTILE_QUERIES: string[] = [
  "q=trust_police';DROP TABLE wbsb;--",
  'q=trust_police%27%3B%20DROP%20TABLE%20wbsb%3B--',
  'by=wave;DELETE FROM wbsb',
  'by=gender%20OR%201%3D1',
  'country=2)%20OR%20(1=1',
  "country=1,2;ATTACH 'http://evil.example/x.db'",
  'wave=2024%20UNION%20SELECT%20*%20FROM%20duckdb_settings()',
  'gender=1/*comment*/',
  'w=1--',
  "dk=1'",
  'chart=lines%22%3E%3Cscript%3Ealert(1)%3C/script%3E',
  'q=%3Cimg%20src=x%20onerror=alert(1)%3E',
  'q=no_such_question&by=trust_army',
  'by=no_such_variable',
  'region=99999',
  'country=-1',
  'wave=99999999999999999999',
  'age_group=1e3',
  'country=2&country=3',
  'q=trust_police&q=trust_army',
  'q=%E0%A4%A',
  'by=%',
  'country=%ZZ',
  `q=${'a'.repeat(5000)}`,
  `${'x'.repeat(300)}=1`,
  'q=trust_police%00',
  'education=',
  'q=TRUST_POLICE',
  'by=weight',
  'by=id&q=trust_army',
  "country=read_parquet('/etc/passwd')",
  'q=trust_police&by=trust_police',
  'w=2&dk=-1&chart=pie',
  'q=trust_army&by=ethnicity&ethnicity=1,2,3,4,5,6,7,8,9,10,11',
  'q=trust_army&by=gender&gender=1%2C2%27%20OR%20%271%27=%271',
  'q=trust_police&m=4,5)%20OR%201=1--',
  'q=trust_police&m=key&m=4',
  'q=trust_police&by=gender&ref=7',
  'q=trust_police&by=none&ref=1',
  't=%0Aline%07break',
  `st=${'s'.repeat(170)}`,
];

test('every hostile link is rejected by the parser somewhere (the list is not vacuous)', () => {
  for (const query of HOSTILE_QUERIES) {
    expect(parseState(new URLSearchParams(query), codebook).problems.length, query).toBeGreaterThan(0);
  }
  expect(HOSTILE_QUERIES.length).toBeGreaterThanOrEqual(25);
});

HOSTILE_QUERIES.forEach((query, index) => {
  test(`hostile link ${index + 1}: ${query.slice(0, 60)}`, async ({ page }) => {
    const { state, problems } = parseState(new URLSearchParams(query), codebook);
    const valid = serializeState(state);
    await openExplorer(page, 'en', query);
    const notice = page.locator('[data-state-notice]');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('were not understood and were ignored');
    await expect(notice.locator('li')).toHaveCount(problems.length);
    // Nothing from the URL became markup.
    await expect(page.locator('main script:not([src]):not([type="application/json"]), main img, [data-state-notice] *:not(p, strong, ul, li, code)')).toHaveCount(0);
    // The address bar now holds the valid state, and the engine computed it.
    await expect(page).toHaveURL(new RegExp(`\\?${valid.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await waitForEngineView(page, valid);
    await expect(page.locator('.result-table td[data-share]:not([data-share=""])').first()).toBeVisible();
  });
});
