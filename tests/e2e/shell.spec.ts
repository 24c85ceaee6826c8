/** The trilingual shell: languages, navigation, skip link, CSP, accessibility, small screens. */
import { test, expect, open } from './support/fixtures.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { everyPage } from './support/pages.ts';
import { LANGS, LOCALE_TAG } from '../../src/lib/i18n-langs.ts';
import { releaseYear } from '../../src/lib/release.ts';
import { loadCodebook } from './support/reference-crosstab.ts';

for (const { type, lang, path } of everyPage()) {
  test.describe(`${type} page in ${lang}`, () => {
    test('has the right language, a CSP without unsafe scripts, and no axe violations', async ({ page }) => {
      await open(page, path);
      await expect(page.locator('html')).toHaveAttribute('lang', LOCALE_TAG[lang]);
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(csp).toMatch(/script-src 'self'/);
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
      await expect(page.locator('h1')).toHaveCount(1);
      await expectNoAxeViolations(page);
    });

    // The 360 px width check of every page type is in phone-width.spec.ts.
  });
}

test('the language switcher keeps the reader on the same page', async ({ page }) => {
  await open(page, '/en/about/');
  await page.locator('[data-lang-link="sr"]').click();
  await expect(page).toHaveURL(/\/sr\/about\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'sr-Latn');
  await page.locator('[data-lang-link="sq"]').click();
  await expect(page).toHaveURL(/\/sq\/about\/$/);
});

test('the skip link is the first stop of the keyboard and moves focus to the content', async ({ page }) => {
  await open(page, '/sq/');
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

test('no page shows the synthetic-data notice: the survey data are real', async ({ page }) => {
  for (const lang of ['sq', 'en', 'sr'] as const) {
    for (const path of [`/${lang}/`, `/${lang}/indicators/trust_police/`, `/${lang}/explore/`, `/${lang}/data/wbsb/`, `/${lang}/about/`]) {
      await open(page, path);
      await expect(page.locator('[data-synthetic-notice]')).toHaveCount(0);
    }
  }
});

test.describe('the language chooser at /', () => {
  test.use({ locale: 'sr-RS' });
  test('sends a browser set to Serbian to /sr/', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/sr\/$/);
  });
});

test.describe('the language chooser without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('lists the three languages', async ({ page }) => {
    await open(page, '/');
    await expect(page.locator('main a[hreflang]')).toHaveCount(3);
  });
});

test('the language chooser passes axe (its redirect script replaced by an empty one)', async ({ page }) => {
  // axe runs as page JavaScript, so keep JavaScript on and stub out only the redirect.
  await page.route('**/_astro/*.js', (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
  await open(page, '/');
  await expectNoAxeViolations(page);
});

test('a missing page answers 404 with a way back in every language', async ({ page, guard }) => {
  guard.allowedConsoleErrors.push(/status of 404/); // the browser logs the 404 this test asks for
  const response = await page.goto('/en/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('main a[href="/sq/"]')).toHaveCount(1);
  await expect(page.locator('main a[href="/sr/"]')).toHaveCount(1);
  await expectNoAxeViolations(page);
});

test("the footer cites the year of the data's current release, from its change log, not the clock", async ({ page }) => {
  const year = releaseYear(loadCodebook('en').dataset);
  for (const lang of LANGS) {
    await open(page, `/${lang}/`);
    await expect(page.locator('.site-footer')).toContainText(`${year}.`);
  }
});
