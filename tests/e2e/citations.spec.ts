/**
 * Citations on dataset, publication and indicator pages: the text is there without JavaScript, each
 * format has a copy button that works from the keyboard and is named in the page's language, the .bib
 * and .ris files hold the same reference, and the head carries the citation meta tags.
 */
import { test, expect, open } from './support/fixtures.ts';
import { LANGS, type Lang } from '../../src/lib/i18n-langs.ts';
import { ui } from '../../src/i18n/index.ts';
import { SITE_URL } from '../../src/lib/site.ts';

const CITED: { kind: string; path: (lang: Lang) => string; id: string; url?: string }[] = [
  { kind: 'dataset', path: (lang) => `/${lang}/data/wbsb/`, id: 'wbsb' },
  { kind: 'representation dataset', path: (lang) => `/${lang}/data/representation/`, id: 'representation' },
  { kind: 'publication', path: (lang) => `/${lang}/publications/gender-integration-ksf/`, id: 'gender-integration-ksf', url: 'https://qkss.org/en/lajmi/konferenca-grate-paqja-dhe-siguria-integrimi-gjinor-ne-sektorin-e-sigurise-ne-kosove' },
];

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const cited of CITED) {
    test(`a ${cited.kind} page shows its citation in every format, and no copy button that cannot work`, async ({ page }) => {
      await open(page, cited.path('sq'));
      for (const format of ['apa', 'bibtex', 'ris']) await expect(page.locator(`[data-citation="${format}"]`)).toBeVisible();
      // A citation links the original where the library has it, else the page on this site.
      await expect(page.locator('[data-citation="bibtex"]')).toContainText(cited.url ?? `${SITE_URL}/sq/`);
      await expect(page.locator('button[data-copy-target]')).toHaveCount(3);
      await expect(page.locator('button[data-copy-target]:visible')).toHaveCount(0);
      await expect(page.locator('a[data-citation-file]')).toHaveCount(2);
    });
  }
});

for (const lang of LANGS) {
  test(`dataset page in ${lang}: each format is copied from the keyboard by a button named in ${lang}`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const t = ui(lang);
    await open(page, `/${lang}/data/wbsb/`);
    for (const [format, name] of [['apa', t.data_cite_apa], ['bibtex', t.data_cite_bibtex], ['ris', t.data_cite_ris]] as const) {
      const button = page.getByRole('button', { name: t.cite_copy.replace('{format}', name), exact: true });
      await expect(button).toBeVisible();
      await button.focus();
      await page.keyboard.press('Enter');
      await expect(button.locator('xpath=following-sibling::*[@role="status"]')).toHaveText(t.cite_copied.replace('{format}', name));
      const shown = ((await page.locator(`[data-citation="${format}"]`).textContent()) ?? '').trim();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
    }
  });
}

for (const cited of CITED) {
  test(`the ${cited.kind}'s .bib and .ris files hold the reference shown on the page`, async ({ page, request }) => {
    await open(page, cited.path('sr'));
    for (const [format, file] of [['bibtex', 'bib'], ['ris', 'ris']] as const) {
      const link = page.locator(`a[data-citation-file="${file}"]`);
      await expect(link).toHaveAttribute('download', `${cited.id}-sr.${file}`);
      const response = await request.get((await link.getAttribute('href')) ?? '');
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe(file === 'bib' ? 'application/x-bibtex; charset=utf-8' : 'application/x-research-info-systems; charset=utf-8');
      const body = await response.text();
      const shown = (await page.locator(`[data-citation="${format}"]`).textContent()) ?? '';
      expect(body.replace(/\r\n/gu, '\n')).toBe(shown);
      if (file === 'ris') expect(body).toMatch(/\r\nER {2}- \r\n$/u);
    }
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[data-citation-file="ris"]').click()]);
    expect(download.suggestedFilename()).toBe(`${cited.id}-sr.ris`);
  });
}

test('the indicator page\'s citation has a copy button', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const t = ui('sr');
  await open(page, '/sr/indicators/trust_police/');
  await page.getByRole('button', { name: t.cite_copy_citation }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(((await page.locator('[data-citation]').textContent()) ?? '').trim());
});

const meta = (name: string) => `meta[name="${name}"]`;

test('publication pages carry citation meta tags, with the PDF where there is one', async ({ page }) => {
  await open(page, '/en/publications/women-police-gender-integration-kp/');
  await expect(page.locator(meta('citation_title'))).toHaveAttribute('content', 'Women Police Officers Perception of Gender Integration in the Kosovo Police');
  await expect(page.locator(meta('citation_author'))).toHaveAttribute('content', 'Adelina Hasani');
  await expect(page.locator(meta('citation_publication_date'))).toHaveAttribute('content', /^\d{4}(\/\d{2}\/\d{2})?$/u);
  await expect(page.locator(meta('citation_pdf_url'))).toHaveAttribute('content', /^https:\/\/.+\.pdf$/u);
  await open(page, '/sq/publications/gender-integration-ksf/');
  await expect(page.locator(meta('citation_isbn'))).toHaveAttribute('content', '978-9951-842-12-9');
  await expect(page.locator(meta('citation_pdf_url'))).toHaveCount(0);
});

test('dataset pages carry citation meta tags in their language and say they are datasets', async ({ page }) => {
  await open(page, '/sr/data/wbsb/');
  await expect(page.locator(meta('citation_title'))).toHaveAttribute('content', 'Barometar bezbednosti Zapadnog Balkana');
  await expect(page.locator(meta('citation_author'))).toHaveAttribute('content', ui('sr').publisher);
  await expect(page.locator(meta('citation_publication_date'))).toHaveAttribute('content', /^\d{4}\/\d{2}\/\d{2}$/u);
  await expect(page.locator(meta('DC.type'))).toHaveAttribute('content', 'Dataset');
});
