/**
 * The data catalogue and the dataset pages of the built site. Every download link of every dataset
 * page, in every language, is followed; the file's size and SHA-256, computed here, must equal what
 * the page shows. The files are then opened: each
 * Parquet with hyparquet, whose row count the CSV must match; datapackage.json validated against the
 * Frictionless profile (offline: the `datapackage` package carries its profiles); the DDI XML parsed by
 * the browser's strict XML parser. Also: the codebook search, with and without JavaScript, the
 * synthetic-data notice where it belongs, and axe on each page type in each language.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import datapackage from 'datapackage';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import type { Page } from '@playwright/test';
import { test, expect, open } from './support/fixtures.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { LANGS } from '../../src/lib/i18n-langs.ts';
import { parseCsv } from '../../scripts/lib/csv-parse.ts';
import { disclosureText } from '../../src/components/data/disclosure-text.ts';
import type { Manifest } from '../../src/lib/survey/manifest.ts';

/** The import map's disclosure rules: where their parameters live. */
const IMPORT_MAP = parse(readFileSync('data/surveys/wbsb/import-2021/demographics.yaml', 'utf8')) as {
  demographics: { id: string; mergeBelow?: number }[];
  localSuppression: { minimum: number };
};

interface Listed {
  href: string;
  name: string;
  bytes: number;
  sha256: string;
}

interface Fetched extends Listed {
  body: Buffer;
}

/** The download table of a dataset page, as the page shows it. */
async function listedDownloads(page: Page): Promise<Listed[]> {
  return page.locator('tr[data-download]').evaluateAll((rows) =>
    rows.map((row) => ({
      href: row.querySelector('a[data-download-link]')?.getAttribute('href') ?? '',
      name: row.querySelector('a[data-download-link]')?.textContent?.trim() ?? '',
      bytes: Number(row.querySelector('data[data-bytes]')?.getAttribute('value')),
      sha256: row.querySelector('[data-sha256]')?.textContent?.trim() ?? '',
    })),
  );
}

/**
 * Follows every download link: each href, resolved against the page, is fetched through the page's own
 * browser context (its cookies and origin), and the link must offer the file under the name shown.
 * Fetching rather than waiting for download events keeps the test deterministic under load.
 */
async function followDownloads(page: Page, listed: Listed[]): Promise<Fetched[]> {
  const fetched: Fetched[] = [];
  for (const item of listed) {
    const link = page.locator(`a[data-download-link][href="${item.href}"]`);
    await expect(link).toHaveAttribute('download', item.name);
    const response = await page.context().request.get(new URL(item.href, page.url()).href);
    expect(response.status(), item.href).toBe(200);
    fetched.push({ ...item, body: await response.body() });
  }
  return fetched;
}

const arrayBuffer = (body: Buffer): ArrayBuffer => body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer;
const find = (files: Fetched[], suffix: string): Fetched | undefined => files.find((file) => file.name.endsWith(suffix));

async function datasetIds(page: Page, lang: string): Promise<string[]> {
  await open(page, `/${lang}/data/`);
  return page.locator('article[data-dataset]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-dataset') ?? ''));
}

test.describe('the data catalogue', () => {
  for (const lang of LANGS) {
    test(`lists every dataset with what it covers and links to its page (${lang})`, async ({ page }) => {
      const ids = await datasetIds(page, lang);
      expect(ids).toEqual(['wbsb', 'representation', 'published']);
      for (const id of ids) {
        const card = page.locator(`article[data-dataset="${id}"]`);
        await expect(card.locator('h2 a')).toHaveAttribute('href', `/${lang}/data/${id}/`);
        expect(await card.locator('dl.facts > div').count()).toBeGreaterThanOrEqual(5);
      }
      // Both datasets are real: no synthetic-data notice anywhere in the catalogue.
      await expect(page.locator('[data-synthetic-notice]')).toHaveCount(0);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('every download of every dataset page', () => {
  test.setTimeout(180_000);

  for (const lang of LANGS) {
    test(`matches the size and SHA-256 the page shows, and opens (${lang})`, async ({ page }) => {
      const ids = await datasetIds(page, lang);
      for (const id of ids) {
        await open(page, `/${lang}/data/${id}/`);
        const listed = await listedDownloads(page);
        expect(listed.length, `${id}: downloads listed`).toBeGreaterThanOrEqual(id === 'wbsb' ? 15 : 4);
        const files = await followDownloads(page, listed);
        for (const file of files) {
          expect(file.body.byteLength, `${file.href}: bytes`).toBe(file.bytes);
          expect(createHash('sha256').update(file.body).digest('hex'), `${file.href}: sha256`).toBe(file.sha256);
        }

        const parquet = find(files, `${id}.parquet`);
        const csv = find(files, `${id}.csv`);
        if (!parquet || !csv) throw new Error(`${id}: no Parquet or CSV listed`);
        const metadata = parquetMetadata(arrayBuffer(parquet.body));
        const rows = await parquetReadObjects({ file: arrayBuffer(parquet.body) });
        expect(rows.length).toBe(Number(metadata.num_rows));
        const [header, ...records] = parseCsv(csv.body.toString('utf8'), csv.name);
        expect(records.length, `${id}: CSV rows = Parquet rows`).toBe(rows.length);
        expect(header?.fields).toEqual(Object.keys(rows[0] ?? {}));

        const descriptorFile = find(files, 'datapackage.json');
        if (!descriptorFile) throw new Error(`${id}: no datapackage.json listed`);
        const descriptor = JSON.parse(descriptorFile.body.toString('utf8')) as { resources: { path: string; bytes: number; hash: string }[] };
        const loaded = await datapackage.Package.load(descriptor);
        expect(loaded.errors.map((error) => error.message), `${id}: datapackage.json`).toEqual([]);
        expect(loaded.valid).toBe(true);
        const described = descriptor.resources.find((resource) => resource.path === csv.name);
        expect(described).toMatchObject({ bytes: csv.bytes, hash: `sha256:${csv.sha256}` });

        const ddi = find(files, '.xml');
        if (ddi) {
          const check = await page.evaluate((xml) => {
            const doc = new DOMParser().parseFromString(xml, 'application/xml');
            return { errors: doc.getElementsByTagName('parsererror').length, root: doc.documentElement.localName, ns: doc.documentElement.namespaceURI, vars: doc.getElementsByTagNameNS('ddi:codebook:2_5', 'var').length };
          }, ddi.body.toString('utf8'));
          expect(check).toEqual({ errors: 0, root: 'codeBook', ns: 'ddi:codebook:2_5', vars: header?.fields.length });
        }
      }
    });
  }
});

test.describe('the survey dataset page', () => {
  for (const lang of LANGS) {
    test(`shows method, disclosure control, coverage, codebook, citation, licence and changelog, and no synthetic notice (${lang})`, async ({ page }) => {
      await open(page, `/${lang}/data/wbsb/`);
      await expect(page.locator('[data-synthetic-notice]')).toHaveCount(0);
      // k is computed by the pipeline (manifest.json), so the page states the value the data give; the
      // rules' parameters come from the import map, through the manifest, so the page states the map's.
      const manifest = (await (await page.request.get('/data/manifest.json')).json()) as Manifest;
      const disclosure = manifest.datasets.find((d) => d.id === 'wbsb')?.disclosure;
      expect(disclosure?.k).toBeGreaterThanOrEqual(1);
      expect(disclosure?.mergeBelow).toBe(IMPORT_MAP.demographics.find((d) => d.id === 'ethnicity')?.mergeBelow);
      expect(disclosure?.localSuppressionMinimum).toBe(IMPORT_MAP.localSuppression.minimum);
      await expect(page.locator('[data-disclosure]')).toContainText(`k = ${disclosure?.k}`);
      if (disclosure) await expect(page.locator('[data-disclosure]')).toHaveText(disclosureText(lang, disclosure));
      // Which texts are the questionnaire's and which the portal's.
      expect(await page.locator('[data-text-origin]').count()).toBeGreaterThan(300);
      for (const id of ['downloads', 'method', 'coverage', 'codebook', 'cite', 'licence', 'changelog']) await expect(page.locator(`h2#${id}`)).toBeVisible();
      await expect(page.locator('table[data-design] tbody tr')).toHaveCount(3);
      const coverageRows = page.locator('table[data-coverage] tr[data-question]');
      const questions = await coverageRows.count();
      expect(questions).toBeGreaterThanOrEqual(60);
      // trust_correction_service is asked in Kosovo only: 1 country-wave asked, 2 not.
      await expect(page.locator('tr[data-question="trust_correction_service"] td.yes')).toHaveCount(1);
      await expect(page.locator('tr[data-question="trust_correction_service"] td.no')).toHaveCount(2);
      await expect(page.locator('[data-citation="bibtex"]')).toContainText('@misc{wbsb_');
      await expect(page.locator('[data-citation="ris"]')).toContainText('TY  - DATA');
      await expect(page.locator(`[data-citation="apa"]`)).toContainText(`/${lang}/data/wbsb/`);
      await expectNoAxeViolations(page);
    });
  }

  test('codebook search filters by words, ignoring diacritics, and announces the count', async ({ page }) => {
    await open(page, '/sq/data/wbsb/');
    const entries = page.locator('article[data-variable]');
    const total = await entries.count();
    const status = page.locator('[data-codebook-status]');
    await expect(page.locator('form[data-codebook-search]')).toBeVisible();
    await page.getByLabel('Kërkoni në librin e kodeve').fill('besimi policia');
    await expect(page.locator('article[data-variable="trust_police"]')).toBeVisible();
    const shown = await page.locator('article[data-variable]:visible').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    await expect(status).toHaveText(`Shfaqen ${shown} nga ${total} ndryshore.`);
    await page.getByLabel('Kërkoni në librin e kodeve').fill('kercenim');
    await expect(page.locator('article[data-variable="threat_corruption"]')).toBeVisible();
    await expect(page.locator('article[data-variable="trust_police"]')).toBeHidden();
    await page.getByLabel('Kërkoni në librin e kodeve').fill('zzzz-no-such-word');
    await expect(status).toHaveText('Asnjë ndryshore nuk përputhet me këto fjalë.');
    await expectNoAxeViolations(page);
  });
});

test.describe('the survey dataset page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('lists the whole codebook and hides the search box', async ({ page }) => {
    await open(page, '/en/data/wbsb/');
    await expect(page.locator('form[data-codebook-search]')).toBeHidden();
    const entries = page.locator('article[data-variable]');
    expect(await entries.count()).toBe(await page.locator('article[data-variable]:visible').count());
    await expect(page.locator('article[data-variable="trust_army"]')).toContainText('Kosovo');
  });
});

test.describe('the representation dataset page', () => {
  for (const lang of LANGS) {
    test(`names its source, says what it covers, and has no synthetic notice (${lang})`, async ({ page }) => {
      await open(page, `/${lang}/data/representation/`);
      await expect(page.locator('[data-synthetic-notice]')).toHaveCount(0);
      await expect(page.locator('[data-source="gender-integration-ksf"] a')).toHaveAttribute('href', `/${lang}/publications/gender-integration-ksf/`);
      await expect(page.locator('h2#covers')).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});
