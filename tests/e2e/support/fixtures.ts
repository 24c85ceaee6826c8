/**
 * The `test` every browser test uses. For every page it opens, it fails the test on
 * - a console error or an uncaught exception,
 * - a request to any origin other than the site's own (data: and blob: URLs are local),
 * - a Content-Security-Policy violation.
 * Tests that provoke an error on purpose list the expected messages in `allowedConsoleErrors`.
 */
import { test as base, expect, type Page } from '@playwright/test';

interface Guard {
  /** Console errors matching one of these are expected by the test. */
  allowedConsoleErrors: RegExp[];
}

export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const problems: string[] = [];
      const guard: Guard = { allowedConsoleErrors: [] };
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
        });
      });
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (guard.allowedConsoleErrors.some((pattern) => pattern.test(text))) return;
        problems.push(`console error on ${page.url()}: ${text}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught exception on ${page.url()}: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) problems.push(`request to another origin: ${url}`);
      });
      await use(guard);
      expect(problems, problems.join('\n')).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens a path and waits until the page has loaded. */
export async function open(page: Page, path: string): Promise<void> {
  const response = await page.goto(path, { waitUntil: 'load' });
  expect(response?.status(), `HTTP status of ${path}`).toBe(200);
}
