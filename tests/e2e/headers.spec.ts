/**
 * The HTTP headers of public/_headers, as the project's server sends them (the same server every
 * browser test runs against): the policy with frame-ancestors 'self' on every page but the embeds,
 * nosniff and the referrer policy everywhere; and what they do: another site can frame an embed but
 * not a page of the portal.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test as base, expect } from '@playwright/test';
import { contentSecurityPolicy } from '../../src/lib/csp.ts';

const PAGES = ['/', '/en/', '/sq/explore/', '/sr/indicators/trust_police/', '/en/data/', '/sq/publications/', '/en/search/', '/no/such/page/'];
const EMBEDS = ['/sq/embed/', '/en/embed/?q=trust_police&by=gender', '/sr/embed/'];

base('every page, asset and data file comes with the security headers; only the embeds may be framed elsewhere', async ({ request }) => {
  for (const path of [...PAGES, '/data/manifest.json', '/favicon.svg']) {
    const headers = (await request.get(path)).headers();
    expect(headers['content-security-policy'], path).toBe(`${contentSecurityPolicy()}; frame-ancestors 'self'`);
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
  }
  for (const path of EMBEDS) {
    const headers = (await request.get(path)).headers();
    expect(headers['content-security-policy'], path).toBe(contentSecurityPolicy());
    expect(headers['x-content-type-options'], path).toBe('nosniff');
  }
});

/** A page on another origin (another port of this machine) that frames two of the portal's pages. */
async function framingSite(site: string): Promise<{ url: string; close: () => Promise<void> }> {
  const body = `<!doctype html><title>framing</title><iframe name="embed" src="${site}/en/embed/"></iframe><iframe name="page" src="${site}/en/"></iframe>`;
  const server = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(body));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

base('another site can frame an embed, but not a page of the portal', async ({ page, baseURL }) => {
  const site = baseURL ?? 'http://127.0.0.1';
  const framing = await framingSite(site);
  try {
    // The load event waits for both frames, whether they loaded the portal or were refused.
    await page.goto(framing.url, { waitUntil: 'load' });
    expect(page.frame({ name: 'embed' })?.url()).toBe(`${site}/en/embed/`);
    await expect(page.frameLocator('iframe[name="embed"]').locator('[data-explorer-figure] svg[viewBox]')).toBeVisible({ timeout: 30_000 });
    // The page's frame is refused by frame-ancestors 'self': it never holds the portal's document.
    const refused = page.frame({ name: 'page' });
    expect(refused?.url()).not.toBe(`${site}/en/`);
    expect(await refused?.locator('.site-header').count()).toBe(0);
  } finally {
    await framing.close();
  }
});
