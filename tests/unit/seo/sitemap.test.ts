/** Which pages search engines are told about, their language versions, the sitemap and robots.txt. */
import { describe, expect, it } from 'vitest';
import { alternatesOf, isIndexable } from '../../../src/lib/seo/pages.ts';
import { robotsTxt } from '../../../src/lib/seo/robots.ts';
import { sitemapPaths, sitemapXml } from '../../../src/lib/seo/sitemap.ts';

const SITE = 'https://securitybarometer.qkss.org';

describe('page alternates', () => {
  it('name the page in the three languages and the English one as x-default', () => {
    expect(alternatesOf('/sr/indicators/trust_police/')).toEqual([
      { hreflang: 'sq', path: '/sq/indicators/trust_police/' },
      { hreflang: 'en', path: '/en/indicators/trust_police/' },
      { hreflang: 'sr-Latn', path: '/sr/indicators/trust_police/' },
      { hreflang: 'x-default', path: '/en/indicators/trust_police/' },
    ]);
  });

  it('group the homes with the language chooser at /, which is their x-default', () => {
    for (const path of ['/', '/sq/', '/en/', '/sr/']) {
      expect(alternatesOf(path).map((a) => a.path), path).toEqual(['/sq/', '/en/', '/sr/', '/']);
    }
  });

  it('are the same set from every member, as search engines require (reciprocal)', () => {
    const from = (path: string) => JSON.stringify(alternatesOf(path));
    expect(from('/sq/about/')).toBe(from('/en/about/'));
    expect(from('/en/about/')).toBe(from('/sr/about/'));
  });
});

describe('indexable pages', () => {
  it('are all but the embed route and the 404 page', () => {
    expect(isIndexable('/en/explore/')).toBe(true);
    expect(isIndexable('/en/data/wbsb/')).toBe(true);
    expect(isIndexable('/sq/embed/')).toBe(false);
    expect(isIndexable('/404/')).toBe(false);
    expect(isIndexable('/404.html')).toBe(false);
  });
});

describe('sitemap.xml', () => {
  const built = ['', 'en/', 'sq/', 'sr/', 'en/about/', 'sq/about/', 'sr/about/', 'en/embed/', '404/', 'en/indicators/x/aggregates.csv', 'robots.txt', 'en/only-english/'];

  it('lists the built pages only, without endpoints, embeds or the 404 page', () => {
    expect(sitemapPaths(built)).toEqual(['/', '/en/', '/en/about/', '/en/only-english/', '/sq/', '/sq/about/', '/sr/', '/sr/about/']);
  });

  it('gives every page its absolute address and the alternates that exist', () => {
    const xml = sitemapXml(sitemapPaths(built), SITE);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">')).toBe(true);
    expect(xml.match(/<url>/gu)).toHaveLength(8);
    const about = /<url>\s*<loc>https:\/\/securitybarometer\.qkss\.org\/sr\/about\/<\/loc>([\s\S]*?)<\/url>/u.exec(xml)?.[1] ?? '';
    expect([...about.matchAll(/hreflang="([^"]+)" href="([^"]+)"/gu)].map((m) => `${m[1]} ${m[2]}`)).toEqual([
      `sq ${SITE}/sq/about/`, `en ${SITE}/en/about/`, `sr-Latn ${SITE}/sr/about/`, `x-default ${SITE}/en/about/`,
    ]);
    // A page missing in the other languages gets no alternates pointing at nothing.
    const lonely = /<loc>[^<]*only-english\/<\/loc>([\s\S]*?)<\/url>/u.exec(xml)?.[1] ?? '';
    expect(lonely.match(/hreflang/gu)).toHaveLength(2);
    expect(lonely).not.toContain('/sq/only-english/');
  });
});

describe('robots.txt', () => {
  it('allows crawling and points at the sitemap on the site address', () => {
    expect(robotsTxt(SITE, 'sitemap.xml')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap.xml\n`);
  });
});
