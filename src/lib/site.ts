/**
 * The portal's public address, the one setting every absolute URL comes from: citations (APA, BibTeX,
 * RIS), CSV and syntax-file headers, datapackage.json, DDI, READMEs, the explorer's permalinks and embed
 * code, canonical and hreflang links, Open Graph tags, the sitemap and robots.txt. The default is the
 * address KCSS announced for its barometer data platform; `SITE_URL=https://staging.qkss.org npm run build`
 * builds for another one.
 *
 * It reads process.env, so only build-time code imports it (the pipeline, pages and endpoints,
 * astro.config.mjs); browser code gets the address from the page (the explorer's config block), and in
 * a browser bundle this module fails loudly instead of falling back to the default.
 */
export const DEFAULT_SITE_URL = 'https://securitybarometer.qkss.org';

/** A site address as an origin without a trailing slash; unset or empty gives the default. */
export function parseSiteUrl(value: string | undefined): string {
  if (value === undefined || value.trim() === '') return DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`SITE_URL must be an absolute http(s) address such as ${DEFAULT_SITE_URL}, not "${value}"`);
  }
  // Pages link to root-relative paths (/en/...), so the site must live at the root of its host.
  const problem =
    !['http:', 'https:'].includes(url.protocol) ? 'must start with https:// or http://'
    : url.username !== '' || url.password !== '' ? 'must not contain a user name or password'
    : url.pathname !== '/' || url.search !== '' || url.hash !== '' ? 'must be an origin only (no path, query or fragment): the portal lives at the root of its host'
    : null;
  if (problem) throw new Error(`SITE_URL ${problem}, not "${value}"`);
  return url.origin;
}

/**
 * SITE_URL from the environment. Read through globalThis because src/lib is type-checked without Node's
 * types (tsconfig.browser.json); where there is no process (a browser bundle) it throws.
 */
function siteUrlSetting(): string | undefined {
  const node = (globalThis as { process?: { env: Record<string, string | undefined> } }).process;
  if (!node) throw new Error('src/lib/site.ts reads SITE_URL at build time; browser code gets the site address from the page');
  return node.env['SITE_URL'];
}

export const SITE_URL = parseSiteUrl(siteUrlSetting());

/** Absolute URL of a site path such as /en/data/wbsb/. */
export function absoluteUrl(path: string): string {
  return new URL(path, SITE_URL).href;
}
