/**
 * Validates the library and the representation data and prints what was loaded:
 *   node scripts/library/check.ts [data folder, default "data"]
 * Exits with status 1 and the loader's message (file, entry or row, field or column, value) on any problem.
 */
import { join } from 'node:path';
import { loadLibrary } from './load-library.ts';
import { loadRepresentation } from './load-representation.ts';

const dataDir = process.argv[2] ?? 'data';
try {
  const library = loadLibrary(dataDir);
  const publicationIds = new Set(library.publications.map((publication) => publication.id));
  const representation = loadRepresentation(join(dataDir, 'representation'), { publicationIds });
  console.log(`library: ${library.programmes.length} programmes, ${library.projects.length} projects, ${library.publications.length} publications`);
  console.log(`representation: ${representation.rows.length} rows, ${representation.metadata.institutions.length} institution(s)`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
