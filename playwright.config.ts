import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/support/browser.ts';

/**
 * Browser tests run against the real built site, served by `npm run serve` (the site's own static
 * server, scripts/serve/, which sends the headers of the site's _headers file), so they test what
 * `npm start` serves, under the headers a host sends. E2E_DIST and E2E_PORT let several
 * builds be tested side by side (default: dist/ on port 4322).
 */
const PORT = Number(process.env['E2E_PORT'] ?? 4322);
const DIST = process.env['E2E_DIST'] ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: process.env['CI'] ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: chromiumLaunchOptions(),
    serviceWorkers: 'block',
  },
  webServer: {
    command: `npm run serve -- --site ${DIST} --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/en/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
