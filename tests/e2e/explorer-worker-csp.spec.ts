/**
 * DuckDB's worker runs under the page's Content-Security-Policy: it starts from a blob: URL, which
 * inherits the page's policy on any host (a worker loaded from its own URL gets only what that
 * script's HTTP response says, and a static host may say nothing). From inside it, a request to
 * another origin is refused before it leaves; one to the site itself still works.
 */
import { test, expect } from './support/fixtures.ts';
import { openExplorer, waitForEngineView } from './support/explorer.ts';

test('a fetch to another origin from inside the DuckDB worker is blocked by the policy', async ({ page, guard, baseURL }) => {
  guard.allowedConsoleErrors.push(/Refused to connect|Content Security Policy/);
  const site = new URL(baseURL ?? 'http://127.0.0.1');
  // Same server, other origin: "localhost" is not "127.0.0.1" to the browser.
  const other = `http://localhost:${site.port}/en/`;
  await openExplorer(page, 'en');
  await waitForEngineView(page);
  const worker = page.workers().find((candidate) => candidate.url().startsWith('blob:'));
  expect(worker, `DuckDB's worker, started from a blob: URL (workers: ${page.workers().map((w) => w.url()).join(', ')})`).toBeDefined();
  if (!worker) return;

  const attempt = (url: string) => worker.evaluate(async (target) => {
    let violated = '';
    self.addEventListener('securitypolicyviolation', (event) => { violated = event.effectiveDirective; });
    try {
      // no-cors: without a policy this would succeed (an opaque response), so a failure is the policy's.
      const response = await fetch(target, { mode: 'no-cors', cache: 'no-store' });
      return { fetched: true, type: response.type, violated };
    } catch (error) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      return { fetched: false, type: String(error), violated };
    }
  }, url);

  const blocked = await attempt(other);
  expect(blocked.fetched, `fetch of ${other}: ${blocked.type}`).toBe(false);
  expect(blocked.violated).toBe('connect-src');
  const own = await attempt(new URL('/en/', site).href);
  expect(own).toMatchObject({ fetched: true, violated: '' });
});
