/**
 * What search engines and link previews read: the canonical address, hreflang alternates, Open Graph
 * and Twitter tags on every page type in every language, the sitemap (every built page, with its
 * alternates) and robots.txt, all on the one site address.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { test, expect, type APIRequestContext } from '@playwright/test';
import { everyPage } from './support/pages.ts';
import { OG_LOCALE, type Lang } from '../../src/lib/i18n-langs.ts';
import { alternatesOf, isIndexable } from '../../src/lib/seo/pages.ts';
import { SITE_URL } from '../../src/lib/site.ts';

const DIST = path.resolve(process.env['E2E_DIST'] ?? 'dist');

async function head(request: APIRequestContext, pagePath: string): Promise<Document> {
  const response = await request.get(pagePath);
  expect(response.status(), pagePath).toBe(200);
  return parseHTML(await response.text()).document;
}

const content = (doc: Document, selector: string) => [...doc.querySelectorAll(selector)].map((el) => el.getAttribute('content') ?? el.getAttribute('href'));

function expectHeadTags(doc: Document, pagePath: string, lang: Lang): void {
  const canonical = `${SITE_URL}${pagePath}`;
  expect(content(doc, 'link[rel="canonical"]')).toEqual([canonical]);
  const alternates = [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((el) => `${el.getAttribute('hreflang')} ${el.getAttribute('href')}`);
  expect(alternates).toEqual(alternatesOf(pagePath).map((a) => `${a.hreflang} ${SITE_URL}${a.path}`));
  expect(content(doc, 'meta[property="og:url"]')).toEqual([canonical]);
  expect(content(doc, 'meta[property="og:locale"]')).toEqual([OG_LOCALE[lang]]);
  for (const property of ['og:title', 'og:description', 'og:site_name', 'og:type']) {
    expect(content(doc, `meta[property="${property}"]`)[0], property).toMatch(/\S/u);
  }
  expect(content(doc, 'meta[name="twitter:card"]')).toEqual(['summary']);
  expect(content(doc, 'meta[name="twitter:title"]')).toEqual(content(doc, 'meta[property="og:title"]'));
  expect(content(doc, 'meta[name="robots"]')).toEqual(isIndexable(pagePath) ? [] : ['noindex']);
}

for (const { type, lang, path: pagePath } of everyPage()) {
  test(`${type} page in ${lang}: canonical, hreflang, Open Graph and Twitter tags`, async ({ request }) => {
    expectHeadTags(await head(request, pagePath), pagePath, lang);
  });
}

test('the language chooser at / is the x-default of the homes', async ({ request }) => {
  expectHeadTags(await head(request, '/'), '/', 'en');
});

/** Every page of the build, as site paths, from the index.html files in dist/. */
function builtPages(dir = DIST, prefix = '/'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return builtPages(path.join(dir, entry.name), `${prefix}${entry.name}/`);
    return entry.name === 'index.html' ? [prefix] : [];
  });
}

test('sitemap.xml lists every indexable built page, with its alternates, and robots.txt points at it', async ({ request }) => {
  const robots = await request.get('/robots.txt');
  expect(robots.headers()['content-type']).toContain('text/plain');
  expect(await robots.text()).toContain(`Sitemap: ${SITE_URL}/sitemap.xml\n`);

  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  const xml = await response.text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => m[1] ?? '');
  const expected = builtPages().filter(isIndexable).sort().map((p) => `${SITE_URL}${p}`);
  expect(locs.length).toBeGreaterThan(300);
  expect([...locs].sort()).toEqual(expected);
  expect(locs.some((loc) => loc.includes('/embed/'))).toBe(false);
  // Every entry carries its three languages and x-default.
  const entries = xml.split('<url>').slice(1);
  expect(entries.every((entry) => (entry.match(/<xhtml:link rel="alternate" hreflang=/gu) ?? []).length === 4)).toBe(true);
});
