/**
 * The header: one row on a phone, with a menu button that opens the navigation, the search box and the
 * languages without JavaScript and from the keyboard; always open on wider screens; one way to search.
 */
import { test, expect, open } from './support/fixtures.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { LANGS } from '../../src/lib/i18n-langs.ts';

const PHONE = { width: 360, height: 780 };

test.describe('on a 360 px phone without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: PHONE });
  for (const lang of LANGS) {
    test(`the header is one row and its menu button opens the navigation (${lang})`, async ({ page }) => {
      await open(page, `/${lang}/indicators/`);
      const header = await page.locator('.site-header').boundingBox();
      expect(header?.height ?? 999).toBeLessThanOrEqual(72);
      const nav = page.locator('.site-header nav[aria-label]').first();
      await expect(nav).toBeHidden();
      await expect(page.locator('#site-search-q')).toBeHidden();
      await page.locator('[data-menu-button]').click();
      await expect(nav).toBeVisible();
      await expect(page.locator('#site-search-q')).toBeVisible();
      await expect(page.locator('.lang-switcher')).toBeVisible();
      await page.locator('[data-menu-button]').click();
      await expect(nav).toBeHidden();
    });
  }
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: PHONE });
  test('the menu opens from the keyboard, and passes axe open', async ({ page }) => {
    await open(page, '/sq/');
    await page.locator('[data-menu-button]').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-site-menu]')).toHaveAttribute('open', '');
    await page.keyboard.press('Tab');
    await expect(page.locator('.site-header nav a').first()).toBeFocused();
    await expectNoAxeViolations(page);
  });
});

test('on a wide screen the navigation and search box show without the menu button', async ({ page }) => {
  await page.setViewportSize({ width: 1200, height: 800 });
  await open(page, '/en/');
  await expect(page.locator('[data-menu-button]')).toBeHidden();
  await expect(page.locator('.site-header nav a').first()).toBeVisible();
  await expect(page.locator('#site-search-q')).toBeVisible();
  // The keyboard reaches the navigation straight after the name, with no closed menu in the way.
  await page.locator('.brand').focus();
  await page.keyboard.press('Tab');
  await expect(page.locator('.site-header nav a').first()).toBeFocused();
});

test('the header offers one way to search: the search box, not a second search link', async ({ page }) => {
  for (const lang of LANGS) {
    await open(page, `/${lang}/`);
    await expect(page.locator('.site-header form[role="search"]')).toHaveCount(1);
    await expect(page.locator(`.site-header a[href="/${lang}/search/"]`)).toHaveCount(0);
  }
});
