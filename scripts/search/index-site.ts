/**
 * Builds the Pagefind index of a built site with Pagefind's Node API: every indexable HTML page (one
 * index per <html lang>), plus the text of every publication's local PDF, page by page. The library is
 * loaded (and validated) from a data folder; PDFs are read from the built site, where they are served.
 * The index replaces <site>/pagefind/ only once it is complete.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { PagefindIndex } from 'pagefind';
import { loadLibrary } from '../library/load-library.ts';
import { replaceDirAtomically } from '../lib/atomic-dir.ts';
import { indexableHtmlFiles } from './html-files.ts';
import { pdfPageTexts } from './pdf-text.ts';
import { pdfRecords } from './pdf-records.ts';

export interface IndexOptions {
  /** The built site (Astro's outDir). */
  siteDir: string;
  /** The data folder whose publications/ and programmes/ the site was built from. */
  dataDir: string;
}

export interface IndexSummary {
  htmlPages: number;
  /** PDFs read, and the records made from their pages (one per page with text, per language). */
  pdfs: number;
  pdfRecords: number;
  /** Language keys of the written index, from pagefind-entry.json. */
  languages: string[];
  outputDir: string;
}

function check(what: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`search index: ${what}: ${errors.join('; ')}`);
}

async function addPdfs(index: PagefindIndex, options: IndexOptions): Promise<{ pdfs: number; records: number }> {
  let pdfs = 0;
  let records = 0;
  for (const publication of loadLibrary(options.dataDir).publications) {
    if (publication.pdf === undefined) continue;
    const file = join(options.siteDir, publication.pdf);
    if (!existsSync(file)) throw new Error(`search index: ${file} is missing (pdf of publication "${publication.id}"); is the site built from the same public/ folder?`);
    const pages = await pdfPageTexts(readFileSync(file));
    for (const record of pdfRecords(publication, pages)) {
      check(`PDF ${publication.pdf}`, (await index.addCustomRecord(record)).errors);
      records += 1;
    }
    pdfs += 1;
  }
  return { pdfs, records };
}

export async function buildSearchIndex(options: IndexOptions): Promise<IndexSummary> {
  const outputDir = join(options.siteDir, 'pagefind');
  const created = await pagefind.createIndex({});
  check('createIndex', created.errors);
  const index = created.index;
  if (!index) throw new Error('search index: Pagefind returned no index');
  try {
    const files = indexableHtmlFiles(options.siteDir);
    for (const sourcePath of files) {
      const content = readFileSync(join(options.siteDir, sourcePath), 'utf8');
      check(sourcePath, (await index.addHTMLFile({ sourcePath, content })).errors);
    }
    const pdf = await addPdfs(index, options);
    await replaceDirAtomically(outputDir, async (tempDir) => {
      check('writeFiles', (await index.writeFiles({ outputPath: tempDir })).errors);
    });
    const entry = JSON.parse(readFileSync(join(outputDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    return { htmlPages: files.length, pdfs: pdf.pdfs, pdfRecords: pdf.records, languages: Object.keys(entry.languages).sort(), outputDir };
  } finally {
    await pagefind.close();
  }
}
