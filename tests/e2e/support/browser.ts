/**
 * Which Chromium the browser tests drive. Playwright cannot download its own browsers on these machines,
 * so the order is: $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then a Playwright-managed build.
 */
import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export function resolveChromium(): string {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there. Point it at a Chromium or Chrome binary.`);
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const managed = chromium.executablePath();
  if (managed && existsSync(managed)) return managed;
  throw new Error(
    'No Chromium found for the browser tests. Install one (Debian/Ubuntu: `apt-get install -y chromium`) ' +
      'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
}

export function chromiumLaunchOptions(): LaunchOptions {
  return {
    executablePath: resolveChromium(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  };
}
