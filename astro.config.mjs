// @ts-check
import { defineConfig } from 'astro/config';
import { SITE_URL } from './src/lib/site.ts';
import { sitemap } from './src/integrations/sitemap.ts';

// A static site: every page is pre-rendered to HTML under dist/.
export default defineConfig({
  // The one site address (src/lib/site.ts: SITE_URL at build time, else the portal's public address).
  site: SITE_URL,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  integrations: [sitemap()],
  vite: {
    // Never inline scripts or assets: the Content-Security-Policy allows scripts from 'self' only,
    // without 'unsafe-inline', so every script must be a file.
    build: { assetsInlineLimit: 0 },
  },
});
