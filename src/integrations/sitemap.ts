/**
 * Writes dist/sitemap.xml once Astro has built the site, from the list of pages it built, so the
 * sitemap cannot name a page that does not exist. Written here rather than with @astrojs/sitemap,
 * which knows no x-default alternate and would be one more dependency for a few lines.
 */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { SITE_URL } from '../lib/site.ts';
import { sitemapPaths, sitemapXml } from '../lib/seo/sitemap.ts';

export const SITEMAP_FILE = 'sitemap.xml';

export function sitemap(): AstroIntegration {
  return {
    name: 'wbsb-sitemap',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const paths = sitemapPaths(pages.map((page) => page.pathname));
        await writeFile(new URL(SITEMAP_FILE, dir), sitemapXml(paths, SITE_URL));
        logger.info(`${SITEMAP_FILE}: ${paths.length} pages on ${SITE_URL}`);
      },
    },
  };
}
