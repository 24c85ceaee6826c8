import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/support/browser.ts';

/** Browser tests run against the real built site (dist/), served by `astro preview`. */
const PORT = 4322;

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
    command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/en/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
