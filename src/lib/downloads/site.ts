/**
 * The portal's public address, for absolute links in files that leave the site (citations, DDI,
 * datapackage.json, README). It must equal `site` in astro.config.mjs; a unit test checks that.
 */
export const SITE_URL = 'https://barometer.example.org';

/** Absolute URL of a site path such as /en/data/wbsb/. */
export function absoluteUrl(path: string): string {
  return new URL(path, SITE_URL).href;
}

export const LICENCE = {
  id: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;
