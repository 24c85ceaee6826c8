// @ts-check
import { defineConfig } from 'astro/config';

// A static site: every page is pre-rendered to HTML under dist/.
export default defineConfig({
  site: 'https://barometer.example.org',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  vite: {
    // Never inline scripts or assets: the Content-Security-Policy allows scripts from 'self' only,
    // without 'unsafe-inline', so every script must be a file.
    build: { assetsInlineLimit: 0 },
  },
});
