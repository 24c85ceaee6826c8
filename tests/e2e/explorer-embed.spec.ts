/** The embed route: only the chart, a credit and a link back; its frame follows its height. */
import { test, expect } from './support/fixtures.ts';
import { openExplorer, waitForEngineView } from './support/explorer.ts';
import { SITE_URL } from '../../src/lib/site.ts';

const QUERY = 'q=trust_army&by=gender&country=2&w=1&dk=0&chart=grouped';

test('shows the chart of the state in the URL, a credit and a link back, and nothing else', async ({ page }) => {
  await page.goto(`/en/embed/?${QUERY}`);
  const figure = page.locator('[data-explorer-figure]');
  await expect(figure).toHaveAttribute('data-source', 'engine', { timeout: 45_000 });
  await expect(figure).toHaveAttribute('data-view-query', QUERY);
  await expect(figure.locator('.figure-title')).toHaveText('Trust in the armed forces');
  await expect(figure.locator('svg[viewBox]')).toHaveCount(1);
  await expect(figure.locator('.figure-notes')).toContainText('Licence: CC BY 4.0.');
  await expect(page.locator('[data-synthetic-notice]')).toBeVisible();
  await expect(page.locator('.embed-credit')).toContainText('Chart: Kosovar Centre for Security Studies, Western Balkans Security Barometer.');
  await expect(page.locator('[data-embed-back]')).toHaveAttribute('href', `/en/explore/?${QUERY}`);
  // No site header, navigation, footer, table or controls.
  await expect(page.locator('header, nav, footer, table, form, select')).toHaveCount(0);
});

test('the embed code from the explorer makes a frame that takes the height the embed page reports', async ({ page }) => {
  await openExplorer(page, 'sq', QUERY);
  await waitForEngineView(page, QUERY);
  const published = await page.locator('[data-embed-code]').inputValue();
  expect(published).toContain(`src="${SITE_URL}/sq/embed/?`);
  // The snippet points at the public site; here the test server stands in for it (frame address and
  // the origin the resizing script trusts alike).
  const snippet = published.replaceAll(SITE_URL, new URL(page.url()).origin);
  // A host page on another path of the same server, holding only the snippet (no CSP of ours there).
  await page.route('**/host-page.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><body><h1>Host</h1>${snippet}</body></html>` }));
  await page.goto('/host-page.html');
  const frame = page.locator('iframe[data-wbsb-embed]');
  await expect(frame).toHaveAttribute('src', new RegExp(`/sq/embed/\\?${QUERY}$`));
  const inner = page.frameLocator('iframe[data-wbsb-embed]');
  await expect(inner.locator('[data-explorer-figure]')).toHaveAttribute('data-source', 'engine', { timeout: 45_000 });
  // The script of the snippet sets the height the embed page posts (not the 640 px fallback).
  await expect(frame).toHaveAttribute('style', /height: \d+px/);
  const reported = await frame.evaluate((f: HTMLIFrameElement) => parseInt(f.style.height, 10));
  const content = await inner.locator('html').evaluate((html) => html.scrollHeight);
  expect(reported).toBe(content);
});
