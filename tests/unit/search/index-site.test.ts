/**
 * The index build end to end on a three-page site: pages of every language, the fixture library with
 * one PDF per language generated here, Pagefind's Node API, the copies of the PDFs, and the
 * all-or-nothing replacement of the previous index.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../scripts/search/index-site.ts';
import { FIXTURE_PAGES } from '../../fixtures/search/fixture-pdf.ts';
import { FIXTURE_FILES, writeFixtureLibrary } from '../../fixtures/search/pdf-site.ts';

const work = mkdtempSync(join(tmpdir(), 'index-site-'));
const siteDir = join(work, 'dist');
const dataDir = join(work, 'data');
const filesDir = join(work, 'publication-files');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function page(lang: string, text: string): string {
  return `<!doctype html><html lang="${lang}"><head><title>${text}</title></head><body><header>menu</header><main data-pagefind-body><h1>${text}</h1><p>${text} body.</p></main></body></html>`;
}

function write(file: string, content: string | Uint8Array): void {
  mkdirSync(dirname(join(siteDir, file)), { recursive: true });
  writeFileSync(join(siteDir, file), content);
}

describe('building the search index', () => {
  it('indexes the pages, and each PDF page in the index of its edition\'s language', async () => {
    await writeFixtureLibrary(dataDir, filesDir);
    write('sq/index.html', page('sq', 'Siguria'));
    write('en/index.html', page('en', 'Security'));
    write('sr/index.html', page('sr-Latn', 'Bezbednost'));
    write('en/search/index.html', page('en', 'Search'));
    write('pagefind/old-index-marker', 'previous');

    const summary = await buildSearchIndex({ siteDir, dataDir, filesDir });
    expect(summary.htmlPages).toBe(3);
    expect(summary.pdfs).toBe(3);
    // Every fixture page has text; one record per page of each of the three editions.
    expect(summary.pdfRecords).toBe(FIXTURE_PAGES.length * 3);
    expect(summary.files.missing).toEqual([]);
    // The PDF records joined the pages' indexes: no second Serbian index for "sr-Latn".
    expect(summary.languages).toEqual(['en', 'sq', 'sr-latn']);
    const entry = JSON.parse(readFileSync(join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    for (const language of summary.languages) expect(entry.languages[language]?.page_count, language).toBe(1 + FIXTURE_PAGES.length);
    expect(existsSync(join(siteDir, 'pagefind', 'old-index-marker'))).toBe(false);
    expect(existsSync(join(siteDir, 'pagefind', 'pagefind.js'))).toBe(true);
    for (const file of Object.values(FIXTURE_FILES)) expect(readFileSync(join(siteDir, 'publications', 'files', file))).toEqual(readFileSync(join(filesDir, file)));
  });

  it('stops with a message naming the unreadable PDF and its entry, and keeps the previous index', async () => {
    writeFileSync(join(filesDir, FIXTURE_FILES.sr), '%PDF-1.7 but nothing else');
    await expect(buildSearchIndex({ siteDir, dataDir, filesDir })).rejects.toThrow(`${FIXTURE_FILES.sr} is not a readable PDF (entry search-pdf-fixture, files.sr)`);
    expect(existsSync(join(siteDir, 'pagefind', 'pagefind-entry.json'))).toBe(true);
  });

  it('builds without the folder, every file then missing', async () => {
    const summary = await buildSearchIndex({ siteDir, dataDir, filesDir: join(work, 'no-such-folder') });
    expect(summary.pdfs).toBe(0);
    expect(summary.files.present).toBe(false);
    expect(summary.files.missing.map((missing) => missing.lang).sort()).toEqual(['en', 'sq', 'sr']);
  });
});
