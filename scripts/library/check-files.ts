/**
 * Checks the publication files folder against the library before the site is built:
 *   node scripts/library/check-files.ts [data folder, default "data"]
 * The pages and the search index read the folder too, but the first publication page is rendered
 * minutes into `astro build`; this stops a bad folder at once, with file and entry. Silent when the
 * folder is fine or absent: the index step prints what was found and what was not.
 */
import { loadLibrary } from './load-library.ts';
import { publicationFilesDir, scanPublicationFiles } from './publication-files.ts';

try {
  scanPublicationFiles(publicationFilesDir(), loadLibrary(process.argv[2] ?? 'data').publications);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
