/** /robots.txt, pointing crawlers at the sitemap the build writes (src/integrations/sitemap.ts). */
import type { APIRoute } from 'astro';
import { SITEMAP_FILE } from '../integrations/sitemap.ts';
import { robotsTxt } from '../lib/seo/robots.ts';
import { SITE_URL } from '../lib/site.ts';

export const GET: APIRoute = () => new Response(robotsTxt(SITE_URL, SITEMAP_FILE), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
