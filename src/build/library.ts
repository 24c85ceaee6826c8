/**
 * Build-time access to the library for the pages: programmes, projects and publications loaded and
 * validated once per build by scripts/library/, lookups by id, the codebook's short labels for
 * links to indicator pages, and the publications about an indicator. Node only (node:fs).
 *
 * The library is read from data/ unless LIBRARY_DATA_DIR names another folder: the search tests build
 * a site from a fixture library holding a PDF they generate, so that no test publication ever ships.
 * Every page reads it through here, so a fixture site shows only the fixture library.
 */
import { resolve } from 'node:path';
import { loadLibrary, type Library } from '../../scripts/library/load-library.ts';
import { publicationFilesDir, scanPublicationFiles, type PublicationFiles } from '../../scripts/library/publication-files.ts';
import { localFileHref, type LocalEditions } from '../lib/library/local-files.ts';
import { readCodebook } from './survey-data.ts';
import type { Lang } from '../lib/i18n-langs.ts';
import type { Programme, Project, Publication } from '../lib/library/schema.ts';

export function libraryDataDir(): string {
  return resolve(process.cwd(), process.env['LIBRARY_DATA_DIR'] ?? 'data');
}

let cached: Library | undefined;

/** The whole library; publications newest first, programmes in their display order. */
export function siteLibrary(): Library {
  cached ??= loadLibrary(libraryDataDir());
  return cached;
}

function byId<T extends { id: string }>(items: readonly T[], id: string | undefined, what: string): T | undefined {
  if (id === undefined) return undefined;
  const found = items.find((item) => item.id === id);
  if (!found) throw new Error(`library: unknown ${what} "${id}"`);
  return found;
}

export function programmeOf(id: string | undefined): Programme | undefined {
  return byId(siteLibrary().programmes, id, 'programme');
}

export function projectOf(id: string | undefined): Project | undefined {
  return byId(siteLibrary().projects, id, 'project');
}

/** The library's publications among `ids`, newest first. */
export function publicationsAmong(ids: readonly string[]): Publication[] {
  return siteLibrary().publications.filter((publication) => ids.includes(publication.id));
}

/** The publications that name an indicator among their relatedIndicators, newest first. */
export function publicationsAbout(questionId: string): Publication[] {
  return siteLibrary().publications.filter((publication) => publication.relatedIndicators.includes(questionId));
}

let files: PublicationFiles | undefined;

/**
 * The local copies of a publication's editions, from the publication files folder (PUBLICATION_FILES).
 * The search index step scans the same folder and copies exactly these files into the site.
 */
export function localEditions(publication: Publication): LocalEditions {
  files ??= scanPublicationFiles(publicationFilesDir(), siteLibrary().publications);
  return Object.fromEntries(files.found.filter((found) => found.publication.id === publication.id).map((found) => [found.lang, localFileHref(found.file)]));
}

/** Question id → its short label in a language, from the pipeline's codebook. */
export function indicatorLabels(lang: Lang): Map<string, string> {
  return new Map(readCodebook(lang).questions.map((question) => [question.id, question.short]));
}
