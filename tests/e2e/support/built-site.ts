/**
 * Browser tests against a site other than dist/: one built by the test itself (a fixture library, the
 * real reports), once per worker in a temporary folder, served by the site's own static server, and
 * removed afterwards. Also Pagefind's own search API in the page, to see every result of a query (the
 * list shows five at a time).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { serveStatic } from '../../../scripts/serve/static-server.ts';
import { test } from './fixtures.ts';

/** `test`, with baseURL set to a site that `build` makes in a fresh folder and whose path it returns. */
export function testOnBuiltSite(prefix: string, build: (workDir: string) => Promise<string>) {
  return test.extend<object, { builtSite: string }>({
    builtSite: [
      // Playwright fixtures name their dependencies by destructuring; this one has none.
      async ({}, use) => {
        const work = mkdtempSync(join(tmpdir(), prefix));
        try {
          const server = await serveStatic(await build(work));
          await use(server.url);
          await server.close();
        } finally {
          rmSync(work, { recursive: true, force: true });
        }
      },
      { scope: 'worker', timeout: 300_000 },
    ],
    baseURL: async ({ builtSite }, use) => {
      await use(builtSite);
    },
  });
}

/** Every result Pagefind finds for a term in the open page's language: its address and its PDF, if any. */
export async function allSearchResults(page: Page, term: string): Promise<{ url: string; pdf?: string }[]> {
  return page.evaluate(async (query) => {
    const url = '/pagefind/pagefind.js';
    const pagefind = (await import(url)) as { search(term: string): Promise<{ results: { data(): Promise<{ url: string; meta: Record<string, string> }> }[] }> };
    const { results } = await pagefind.search(query);
    const found = await Promise.all(results.map((result) => result.data()));
    return found.map((data) => ({ url: data.url, ...(data.meta['pdf'] ? { pdf: data.meta['pdf'] } : {}) })).sort((a, b) => a.url.localeCompare(b.url));
  }, term);
}
