import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexableHtmlFiles, isIndexable } from '../../../scripts/search/html-files.ts';

describe('pages in the search index', () => {
  it('takes content pages and leaves out search, 404, the language chooser, embeds and assets', () => {
    expect(isIndexable('en/publications/gender-integration-ksf/index.html')).toBe(true);
    expect(isIndexable('sq/index.html')).toBe(true);
    expect(isIndexable('sr/indicators/trust_police/index.html')).toBe(true);
    expect(isIndexable('en/search/index.html')).toBe(false);
    expect(isIndexable('404.html')).toBe(false);
    expect(isIndexable('index.html')).toBe(false);
    expect(isIndexable('en/embed/index.html')).toBe(false);
    expect(isIndexable('pagefind/pagefind-ui.html')).toBe(false);
    expect(isIndexable('en/about/notes.txt')).toBe(false);
  });

  const site = mkdtempSync(join(tmpdir(), 'html-files-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it('walks a built site and returns sorted site-relative paths', () => {
    for (const file of ['index.html', '404.html', 'en/index.html', 'en/search/index.html', 'sq/about/index.html', '_astro/x.js']) {
      mkdirSync(dirname(join(site, file)), { recursive: true });
      writeFileSync(join(site, file), '<html></html>');
    }
    expect(indexableHtmlFiles(site)).toEqual(['en/index.html', 'sq/about/index.html']);
  });
});
