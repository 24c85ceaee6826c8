/**
 * Indicator, topic and home pages against the built site: every question has its page in every
 * language; the tables and key sentences show the pipeline's numbers; the pages pass axe with every
 * panel open; charts read with the keyboard; everything is there without JavaScript.
 */
import { readFileSync } from 'node:fs';
import { test, expect, open } from './support/fixtures.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { LANGS, type Lang } from '../../src/lib/i18n-langs.ts';
import { formatCount, formatPercent, formatPercentNumber } from '../../src/lib/format.ts';
import type { ResolvedCodebook } from '../../src/lib/codebook/resolved.ts';
import type { QuestionAggregates } from '../../src/lib/survey/aggregates.ts';
import type { CellEstimate, ColumnSummary } from '../../src/lib/stats/index.ts';
import { parseState } from '../../src/lib/explorer/state.ts';

const codebook = (lang: Lang): ResolvedCodebook => JSON.parse(readFileSync(`public/data/wbsb/codebook.${lang}.json`, 'utf8')) as ResolvedCodebook;
const aggregatesOf = (id: string): QuestionAggregates => JSON.parse(readFileSync(`public/data/wbsb/aggregates/${id}.json`, 'utf8')) as QuestionAggregates;
const questionIds = codebook('en').questions.map((q) => q.id);

/** Indicators checked figure by figure: the default, an army question with per-country wording, one asked in two waves, one in one country, a nominal one. */
const SAMPLE = ['trust_police', 'trust_army', 'reg_open_balkan_support', 'trust_correction_service', 'influence_russia'].filter((id) => questionIds.includes(id));

/** The key share (row 1) of a wave, with its column. */
function keyCell(aggregates: QuestionAggregates, iso: string, wave: string): { cell: CellEstimate; column: ColumnSummary } {
  const country = aggregates.countries.find((c) => c.country === iso);
  const cell = country?.trendKey.cells.find((c) => c.row === 1 && c.col === wave);
  const column = country?.trendKey.columns.find((c) => c.col === wave);
  if (!cell || !column) throw new Error(`no key share for ${iso} ${wave}`);
  return { cell, column };
}

test('every question has its page, CSV and JSON in every language', async ({ request }) => {
  expect(questionIds.length).toBeGreaterThanOrEqual(60);
  for (const lang of LANGS) {
    for (const id of questionIds) {
      const response = await request.get(`/${lang}/indicators/${id}/`);
      expect(response.status(), `/${lang}/indicators/${id}/`).toBe(200);
    }
  }
  for (const suffix of ['aggregates.csv', 'aggregates.json']) {
    expect((await request.get(`/sr/indicators/${questionIds[0]}/${suffix}`)).status()).toBe(200);
  }
});

for (const lang of LANGS) {
  test(`trend tables and key sentences show the pipeline's numbers (${lang})`, async ({ page }) => {
    const names = new Map(codebook(lang).dataset.countries.map((c) => [c.iso, c.name]));
    for (const id of SAMPLE) {
      await open(page, `/${lang}/indicators/${id}/`);
      const aggregates = aggregatesOf(id);
      for (const country of aggregates.countries) {
        const group = page.locator(`[data-table="trend"] tbody[data-group="${country.country}"]`);
        await expect(group.locator('tr.group th')).toHaveText(names.get(country.country) ?? '');
        for (const wave of country.trendKey.cols) {
          const { cell, column } = keyCell(aggregates, country.country, wave);
          const row = group.locator(`tr[data-row="${wave}"]`);
          const cells = await row.locator('td').allInnerTexts();
          if (cell.share === null || cell.lo === null || cell.hi === null) {
            expect(cells[0]).toBe('—');
            continue;
          }
          const mark = column.reliability === 'unreliable' ? '*' : '';
          expect(cells.slice(0, 4), `${lang} ${id} ${country.country} ${wave}`).toEqual([
            formatPercentNumber(lang, cell.share) + mark,
            `${formatPercentNumber(lang, cell.lo)}–${formatPercentNumber(lang, cell.hi)}`,
            formatCount(lang, column.n),
            formatCount(lang, column.nEff),
          ]);
        }
      }

      // The sentence speaks of Kosovo where asked, else the first country; latest wave against the first.
      const focus = aggregates.countries.find((c) => c.country === 'XK') ?? aggregates.countries[0];
      if (!focus) throw new Error(`${id} has no country`);
      const waves = [...focus.trendKey.cols].sort();
      const latest = keyCell(aggregates, focus.country, waves[waves.length - 1] ?? '');
      const sentence = await page.locator('[data-key-sentence]').innerText();
      expect(await page.locator('[data-key-sentence]').getAttribute('data-country')).toBe(focus.country);
      expect(sentence).toContain(waves[waves.length - 1]);
      expect(sentence).toContain(formatPercent(lang, latest.cell.share ?? NaN));
      if (waves.length > 1) {
        const first = keyCell(aggregates, focus.country, waves[0] ?? '');
        expect(sentence).toContain(formatPercent(lang, first.cell.share ?? NaN));
        // Two-proportion z-test on effective n, pooled, two-sided 5%.
        const [p1, n1, p2, n2] = [latest.cell.share ?? 0, latest.column.nEff, first.cell.share ?? 0, first.column.nEff];
        const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
        const z = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
        const words = { en: ['up from', 'down from', 'about the same'], sq: ['më shumë', 'më pak', 'afërsisht njësoj'], sr: ['više nego', 'manje nego', 'približno isto'] }[lang];
        const expected = z > 1.959964 ? words[0] : z < -1.959964 ? words[1] : words[2];
        expect(sentence, `${lang} ${id}: z = ${z.toFixed(2)}`).toContain(expected);
      }
    }
  });
}

test('the downloads carry the metadata header and the same numbers', async ({ request }) => {
  const csv = await (await request.get('/en/indicators/trust_police/aggregates.csv')).text();
  const lines = csv.split('\r\n');
  expect(lines[0]).toMatch(/^# Question: /);
  expect(csv).toMatch(/^# Licence: CC BY 4\.0/m);
  expect(csv).toMatch(/^# Citation: /m);
  expect(csv).not.toMatch(/^# Notice: .*synthetic/m);
  const header = lines.find((line) => !line.startsWith('#'));
  expect(header).toBe('table,country,country_name,wave,breakdown,group_code,group_label,answer_code,answer_label,share_pct,ci_low_pct,ci_high_pct,n,n_eff,reliability');
  const { cell, column } = keyCell(aggregatesOf('trust_police'), 'XK', '2021');
  const row = lines.find((line) => line.startsWith('key_by_wave,XK,Kosovo,2021,'));
  expect(row?.split(',').slice(-6)).toEqual([
    String(Math.round((cell.share ?? 0) * 10000) / 100),
    String(Math.round((cell.lo ?? 0) * 10000) / 100),
    String(Math.round((cell.hi ?? 0) * 10000) / 100),
    String(column.n), String(Math.round(column.nEff * 10) / 10), column.reliability,
  ]);
  const json = (await (await request.get('/sq/indicators/trust_police/aggregates.json')).json()) as { metadata: { licence: string }; rows: { table: string; country: string; wave: number; share: number }[] };
  expect(json.metadata.licence).toMatch(/CC BY 4\.0/);
  expect(json.rows.find((r) => r.table === 'key_by_wave' && r.country === 'XK' && r.wave === 2021)?.share).toBe(cell.share);
});

test('"open in the explorer" carries a valid state: the question, by wave, one country', async ({ page }) => {
  await open(page, '/sq/indicators/trust_army/');
  const hrefs = await page.locator('[data-explorer-link]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  const countries = aggregatesOf('trust_army').countries.map((c) => c.countryCode);
  expect(hrefs).toHaveLength(countries.length);
  hrefs.forEach((href, i) => {
    const url = new URL(href, 'http://localhost');
    expect(url.pathname).toBe('/sq/explore/');
    const { state, problems } = parseState(url.searchParams, codebook('sq'));
    expect(problems).toEqual([]);
    expect(state).toMatchObject({ question: 'trust_army', breakdown: 'wave', filters: { country: [countries[i]] } });
  });
});

for (const lang of LANGS) {
  for (const path of [`/${lang}/indicators/trust_army/`, `/${lang}/topics/trust/`, `/${lang}/`]) {
    test(`axe finds nothing on ${path}, with every breakdown panel open`, async ({ page }) => {
      await open(page, path);
      await page.locator('details:not([open])').evaluateAll((panels) => panels.forEach((panel) => panel.setAttribute('open', '')));
      await expectNoAxeViolations(page);
    });
  }
}

test('a chart reads its values from the keyboard', async ({ page }) => {
  await open(page, '/en/indicators/trust_police/');
  // The topic link above the title is the last stop before the trend chart.
  await page.locator('.kicker a').focus();
  await page.keyboard.press('Tab');
  const frame = page.locator('[data-chart-frame]').first();
  await expect(frame).toBeFocused();
  const tip = frame.locator('.chart-tip');
  await expect(tip).toBeVisible();
  const first = await tip.innerText();
  expect(first).toMatch(/^Albania, 2021: \d+%/);
  await page.keyboard.press('ArrowRight');
  await expect(tip).not.toHaveText(first);
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
});

test('a chart mark shows its tooltip on hover', async ({ page }) => {
  await open(page, '/en/topics/trust/');
  // Dots of close lines overlap; whichever mark is on top answers the pointer.
  const dot = page.locator('[data-chart-frame] svg circle[data-tip]').first();
  await dot.hover({ force: true });
  await expect(page.locator('.chart-tip').first()).toHaveText(/\d+%/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const path of ['/sq/indicators/trust_police/', '/sr/topics/eu/', '/en/']) {
    test(`${path} shows its charts, tables and sentences`, async ({ page }) => {
      await open(page, path);
      await expect(page.locator('svg[viewBox][role="img"]').first()).toBeVisible();
      await expect(page.locator('[data-key-sentence]').first()).toBeVisible();
      if (path.includes('/indicators/')) {
        await expect(page.locator('[data-table="trend"] table')).toBeVisible();
        // The second breakdown opens with a click on its summary, no script needed.
        const panel = page.locator('details[data-breakdown]').nth(1);
        await panel.locator('summary').click();
        await expect(panel.locator('svg[viewBox]').first()).toBeVisible();
      }
    });
  }
});

for (const [name, path] of [['indicator', '/sr/indicators/trust_army/'], ['topic', '/sq/topics/trust/'], ['home', '/en/']] as const) {
  test(`the ${name} page fits a 360 px screen (screenshot in .tmp/)`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await open(page, path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `.tmp/e2e-${name}-360.png`, fullPage: true });
  });
}
