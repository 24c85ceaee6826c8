/**
 * Nothing in a link is changed silently: a chart the rest of the state cannot draw (lines without the
 * breakdown by wave) is said in the notice and rewritten in the address, and the notice stays short
 * however many unknown keys a link holds.
 */
import { test, expect } from './support/fixtures.ts';
import { openExplorer, waitForEngineView } from './support/explorer.ts';
import { MAX_NOTICE_ITEMS } from '../../src/client/explorer/ui/state-notice.ts';
import { explorerStrings } from '../../src/lib/explorer/strings.ts';

for (const lang of ['en', 'sq', 'sr'] as const) {
  test(`lines by gender: the notice says bars are shown, and the address says grouped (${lang})`, async ({ page }) => {
    const strings = explorerStrings(lang);
    await openExplorer(page, lang, 'q=trust_police&by=gender&chart=lines');
    const notice = page.locator('[data-state-notice]');
    await expect(notice).toBeVisible();
    await expect(notice.locator('strong')).toHaveText(strings.notice_changed_title);
    await expect(notice.locator('li')).toHaveText([`chart=lines ${strings.notice_lines_need_wave}`]);
    await expect(page).toHaveURL(/[?&]by=gender&w=[01]&dk=0&chart=grouped$/);
    await expect(page.locator('input[name="chart"][value="grouped"]')).toBeChecked();
    await waitForEngineView(page);
  });
}

test('12,000 unknown keys: the notice lists the first few and counts the rest', async ({ page }) => {
  const keys = Array.from({ length: 12_000 }, (_, index) => `k${index}=1`);
  // A 100 kB address is more than a server takes in a request line; the page itself reads it from
  // location, so the test serves the explorer page for it.
  await page.route('**/en/explore/?k0=*', async (route) => route.fulfill({ response: await route.fetch({ url: '/en/explore/' }) }));
  await openExplorer(page, 'en', keys.join('&'));
  const notice = page.locator('[data-state-notice]');
  await expect(notice).toBeVisible();
  const items = notice.locator('li');
  await expect(items).toHaveCount(MAX_NOTICE_ITEMS + 1);
  await expect(items.first()).toHaveText('k0=1');
  await expect(items.last()).toHaveText(`… and ${(12_000 - MAX_NOTICE_ITEMS).toLocaleString('en')} more.`);
  // Only what was understood stays in the address: here, the default view.
  await expect(page).toHaveURL(/\/en\/explore\/\?q=trust_police&by=wave&/);
});
