/**
 * sitemap.xml (sitemaps.org 0.9) with the language versions of every page as xhtml:link alternates,
 * the form Google documents for multilingual sites. Only indexable pages; alternates only to pages
 * that exist.
 */
import { escapeXml } from '../downloads/xml.ts';
import { alternatesOf, isIndexable } from './pages.ts';

/** The pages of a build as sorted site paths ("/en/about/"), without endpoints, 404 or embeds. */
export function sitemapPaths(pathnames: readonly string[]): string[] {
  const paths = pathnames
    .map((pathname) => `/${pathname.replace(/^\/+/u, '')}`)
    .filter((path) => path.endsWith('/') && isIndexable(path));
  return [...new Set(paths)].sort();
}

export function sitemapXml(paths: readonly string[], siteUrl: string): string {
  const known = new Set(paths);
  const absolute = (path: string) => escapeXml(new URL(path, siteUrl).href);
  const entries = paths.map((path) => {
    const links = alternatesOf(path)
      .filter((alternate) => known.has(alternate.path))
      .map((alternate) => `    <xhtml:link rel="alternate" hreflang="${alternate.hreflang}" href="${absolute(alternate.path)}"/>`);
    return ['  <url>', `    <loc>${absolute(path)}</loc>`, ...links, '  </url>'].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}
