/**
 * Builds the Pagefind index of a built site with Pagefind's Node API: every indexable HTML page (one
 * index per <html lang>), plus the text of every edition's PDF found in the publication files folder,
 * page by page, in the index of the edition's language. Those PDFs are copied into the site, where the
 * publication pages link them. The library is loaded (and validated) from a data folder. The index
 * replaces <site>/pagefind/ only once it is complete.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { PagefindIndex } from 'pagefind';
import { loadLibrary } from '../library/load-library.ts';
import { publicationFilesDir, scanPublicationFiles, type FoundFile, type PublicationFiles } from '../library/publication-files.ts';
import { LOCAL_FILES_DIR, localFileHref } from '../../src/lib/library/local-files.ts';
import { replaceDirAtomically } from '../lib/atomic-dir.ts';
import { indexableHtmlFiles } from './html-files.ts';
import { pdfPageTexts } from './pdf-text.ts';
import { pdfRecords } from './pdf-records.ts';

export interface IndexOptions {
  /** The built site (Astro's outDir). */
  siteDir: string;
  /** The data folder whose publications/ and programmes/ the site was built from. */
  dataDir: string;
  /** The publication files folder the site was built with; default: PUBLICATION_FILES or its default. */
  filesDir?: string;
}

export interface IndexSummary {
  htmlPages: number;
  /** PDFs read, and the records made from their pages (one per page with text). */
  pdfs: number;
  pdfRecords: number;
  /** What the publication files folder held, and which named files it did not. */
  files: PublicationFiles;
  /** Language keys of the written index, from pagefind-entry.json. */
  languages: string[];
  outputDir: string;
}

function check(what: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`search index: ${what}: ${errors.join('; ')}`);
}

async function readPdf(found: FoundFile): Promise<{ bytes: Buffer; pages: string[] }> {
  const bytes = readFileSync(found.path);
  try {
    return { bytes, pages: await pdfPageTexts(bytes) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`search index: ${found.path} is not a readable PDF (entry ${found.publication.id}, files.${found.lang}): ${reason}`);
  }
}

/** Copies each found edition into the site and adds its pages to the index of its language. */
async function addPdfs(index: PagefindIndex, siteDir: string, files: PublicationFiles): Promise<{ pdfs: number; records: number }> {
  let records = 0;
  mkdirSync(join(siteDir, LOCAL_FILES_DIR), { recursive: true });
  for (const found of files.found) {
    const { bytes, pages } = await readPdf(found);
    writeFileSync(join(siteDir, LOCAL_FILES_DIR, found.file), bytes);
    for (const record of pdfRecords({ publication: found.publication, lang: found.lang, href: localFileHref(found.file) }, pages)) {
      check(`PDF ${found.path}`, (await index.addCustomRecord(record)).errors);
      records += 1;
    }
  }
  return { pdfs: files.found.length, records };
}

export async function buildSearchIndex(options: IndexOptions): Promise<IndexSummary> {
  const outputDir = join(options.siteDir, 'pagefind');
  // Checked before Pagefind starts, so that a bad folder stops the step at once with its message.
  const files = scanPublicationFiles(options.filesDir ?? publicationFilesDir(), loadLibrary(options.dataDir).publications);
  const created = await pagefind.createIndex({});
  check('createIndex', created.errors);
  const index = created.index;
  if (!index) throw new Error('search index: Pagefind returned no index');
  try {
    const pages = indexableHtmlFiles(options.siteDir);
    for (const sourcePath of pages) {
      const content = readFileSync(join(options.siteDir, sourcePath), 'utf8');
      check(sourcePath, (await index.addHTMLFile({ sourcePath, content })).errors);
    }
    const pdf = await addPdfs(index, options.siteDir, files);
    await replaceDirAtomically(outputDir, async (tempDir) => {
      check('writeFiles', (await index.writeFiles({ outputPath: tempDir })).errors);
    });
    const entry = JSON.parse(readFileSync(join(outputDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    return { htmlPages: pages.length, pdfs: pdf.pdfs, pdfRecords: pdf.records, files, languages: Object.keys(entry.languages).sort(), outputDir };
  } finally {
    await pagefind.close();
  }
}
