/**
 * The DuckDB module's download, fault by fault: refused, broken off half way, stalled before or during
 * the body, arriving short. Each is detected within 10 s (the page reads the download itself, see
 * src/client/duckdb/wasm-download.ts), shows the message in the page language with the default view
 * kept, and Retry then starts DuckDB.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page, Route } from '@playwright/test';
import { test, expect } from './support/fixtures.ts';
import { openExplorer } from './support/explorer.ts';
import { expectFaultThenRetry } from './support/faults.ts';
import { explorerStrings } from '../../src/lib/explorer/strings.ts';

const WASM = '**/*.wasm';
/** The bound: a failed or stalled download must show within this time. */
const DETECTED_WITHIN_MS = 10_000;

/**
 * A server that answers with the real module's headers and its first half, then either drops the
 * connection or goes silent. Playwright's route.fulfill can only send whole bodies, so the browser's
 * request is continued to this server, as if the site's own server failed half way.
 */
async function halfwayServer(page: Page, ending: 'drop' | 'silence'): Promise<{ route: (route: Route) => Promise<void>; close: () => Promise<void> }> {
  let module: { body: Buffer; type: string } | undefined;
  const server: Server = createServer((request, response) => {
    const body = module?.body ?? Buffer.alloc(0);
    response.writeHead(200, { 'content-type': module?.type ?? 'application/wasm', 'content-length': String(body.length) });
    response.write(body.subarray(0, Math.floor(body.length / 2)), () => {
      if (ending === 'drop') request.socket.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    route: async (route) => {
      if (!module) {
        const real = await page.request.get(route.request().url());
        module = { body: await real.body(), type: real.headers()['content-type'] ?? 'application/wasm' };
      }
      await route.continue({ url: `http://127.0.0.1:${port}/module.wasm` });
    },
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** Routes the module's requests through `handler`, noting when the first arrived. */
async function faultyWasm(page: Page, handler: (route: Route) => Promise<void>): Promise<{ since: () => number }> {
  let requestedAt = 0;
  await page.route(WASM, async (route) => {
    requestedAt ||= Date.now();
    await handler(route);
  });
  return { since: () => Date.now() - requestedAt };
}

async function expectDetectedInTime(page: Page, since: () => number, lift: () => Promise<void>): Promise<void> {
  const strings = explorerStrings('en');
  await expect(page.locator('[data-engine-error]')).toBeVisible({ timeout: 45_000 });
  expect(since(), 'time from the module request to the fault message').toBeLessThan(DETECTED_WITHIN_MS);
  await expectFaultThenRetry(page, strings.error_wasm, lift);
}

test.describe('the DuckDB module download', () => {
  test.beforeEach(({ guard }) => {
    guard.allowedConsoleErrors.push(/ERR_|net::|Failed to load resource|status of 500/);
  });

  test('refused (connection reset): detected at once, Retry works', async ({ page }) => {
    const { since } = await faultyWasm(page, (route) => route.abort('connectionreset'));
    await openExplorer(page, 'en');
    await expectDetectedInTime(page, since, () => page.unroute(WASM));
  });

  test('a server error (HTTP 500): detected at once, Retry works', async ({ page }) => {
    const { since } = await faultyWasm(page, (route) => route.fulfill({ status: 500, body: 'Internal Server Error' }));
    await openExplorer(page, 'en');
    await expectDetectedInTime(page, since, () => page.unroute(WASM));
  });

  test('no response at all (stalled before the headers): detected within 10 s, Retry works', async ({ page }) => {
    // The request is held and never answered.
    const { since } = await faultyWasm(page, () => new Promise<void>(() => undefined));
    await openExplorer(page, 'en');
    await expectDetectedInTime(page, since, () => page.unrouteAll({ behavior: 'ignoreErrors' }));
  });

  test('a body shorter than its Content-Length: detected, Retry works', async ({ page }) => {
    const { since } = await faultyWasm(page, async (route) => {
      const response = await route.fetch();
      const body = await response.body();
      await route.fulfill({ status: 200, headers: response.headers(), body: body.subarray(0, Math.floor(body.length / 2)) });
    });
    await openExplorer(page, 'en');
    await expectDetectedInTime(page, since, () => page.unroute(WASM));
  });

  for (const [ending, title] of [['drop', 'broken off half way (connection dropped): detected at once'], ['silence', 'stalled half way (the server goes silent): detected within 10 s']] as const) {
    test(`${title}, Retry works`, async ({ page }) => {
      const server = await halfwayServer(page, ending);
      try {
        const { since } = await faultyWasm(page, server.route);
        await openExplorer(page, 'en');
        await expectDetectedInTime(page, since, () => page.unroute(WASM));
      } finally {
        await server.close();
      }
    });
  }
});
