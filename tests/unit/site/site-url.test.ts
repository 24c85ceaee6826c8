/** The one site address: a default, overridable with SITE_URL at build time, and only ever an origin. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, parseSiteUrl } from '../../../src/lib/site.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

describe('the site address', () => {
  it('is the portal\'s public address unless SITE_URL says otherwise', () => {
    expect(DEFAULT_SITE_URL).toBe('https://securitybarometer.qkss.org');
    expect(parseSiteUrl(undefined)).toBe(DEFAULT_SITE_URL);
    expect(parseSiteUrl('  ')).toBe(DEFAULT_SITE_URL);
    expect(parseSiteUrl('https://staging.qkss.org/')).toBe('https://staging.qkss.org');
    expect(parseSiteUrl('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
  });

  it('refuses what cannot prefix root-relative paths, naming SITE_URL', () => {
    for (const bad of ['securitybarometer.qkss.org', 'ftp://qkss.org', 'https://qkss.org/barometer/', 'https://qkss.org/?a=1', 'https://u:p@qkss.org']) {
      expect(() => parseSiteUrl(bad), bad).toThrow(/SITE_URL/);
    }
  });

  it('is read from the environment by every build-time module (pipeline, pages, astro.config.mjs)', () => {
    const script = "const { SITE_URL, absoluteUrl } = await import('./src/lib/site.ts'); const { default: c } = await import('./astro.config.mjs'); " +
      "const { datasetUrl } = await import('./src/lib/downloads/dataset-citation.ts'); console.log(JSON.stringify([SITE_URL, absoluteUrl('/en/'), c.site, datasetUrl('sr', 'wbsb')]))";
    const run = (env: Record<string, string>) =>
      JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' })) as string[];
    expect(run({ SITE_URL: 'https://staging.qkss.org' })).toEqual(['https://staging.qkss.org', 'https://staging.qkss.org/en/', 'https://staging.qkss.org', 'https://staging.qkss.org/sr/data/wbsb/']);
    expect(run({ SITE_URL: '' })[0]).toBe(DEFAULT_SITE_URL);
  });
});
