/**
 * The index build end to end on a three-page site: pages of every language, the fixture library with a
 * PDF generated here, Pagefind's Node API, and the all-or-nothing replacement of the previous index.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../scripts/search/index-site.ts';
import { FIXTURE_PAGES, makeFixturePdf } from '../../fixtures/search/fixture-pdf.ts';
import { FIXTURE_PDF, writeFixtureLibrary } from '../../fixtures/search/pdf-site.ts';

const work = mkdtempSync(join(tmpdir(), 'index-site-'));
const siteDir = join(work, 'dist');
const dataDir = join(work, 'data');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function page(lang: string, text: string): string {
  return `<!doctype html><html lang="${lang}"><head><title>${text}</title></head><body><header>menu</header><main data-pagefind-body><h1>${text}</h1><p>${text} body.</p></main></body></html>`;
}

function write(file: string, content: string | Uint8Array): void {
  mkdirSync(dirname(join(siteDir, file)), { recursive: true });
  writeFileSync(join(siteDir, file), content);
}

describe('building the search index', () => {
  it('indexes the pages and the PDF pages into one index per language', async () => {
    const pdf = await makeFixturePdf();
    writeFixtureLibrary(dataDir, pdf);
    write('sq/index.html', page('sq', 'Siguria'));
    write('en/index.html', page('en', 'Security'));
    write('sr/index.html', page('sr-Latn', 'Bezbednost'));
    write('en/search/index.html', page('en', 'Search'));
    write(FIXTURE_PDF, pdf);
    write('pagefind/old-index-marker', 'previous');

    const summary = await buildSearchIndex({ siteDir, dataDir });
    expect(summary.htmlPages).toBe(3);
    expect(summary.pdfs).toBe(1);
    // Every fixture page has text; one record per page and portal language.
    expect(summary.pdfRecords).toBe(FIXTURE_PAGES.length * 3);
    // The PDF records joined the pages' indexes: no second Serbian index for "sr-Latn".
    expect(summary.languages).toEqual(['en', 'sq', 'sr-latn']);
    const entry = JSON.parse(readFileSync(join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    for (const language of summary.languages) expect(entry.languages[language]?.page_count, language).toBe(1 + FIXTURE_PAGES.length);
    expect(existsSync(join(siteDir, 'pagefind', 'old-index-marker'))).toBe(false);
    expect(existsSync(join(siteDir, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('stops with a message naming the missing PDF and keeps the previous index', async () => {
    rmSync(join(siteDir, FIXTURE_PDF));
    await expect(buildSearchIndex({ siteDir, dataDir })).rejects.toThrow(/search-pdf-fixture\.pdf is missing/);
    expect(existsSync(join(siteDir, 'pagefind', 'pagefind-entry.json'))).toBe(true);
  });
});
