/**
 * Builds the site's search index after `astro build`:
 *   node scripts/search/build-index.ts [--site dist] [--data data]
 * Indexes every page of the built site and the text of every edition's PDF found in the publication
 * files folder (PUBLICATION_FILES; see index-site.ts), and prints which named files it did not find.
 * Exits with status 1 and a message on any problem, leaving the previous index in place.
 */
import { parseArgs } from 'node:util';
import { describePublicationFiles } from '../library/publication-files.ts';
import { buildSearchIndex } from './index-site.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: 'dist' },
    data: { type: 'string', default: 'data' },
  },
});

const started = performance.now();
try {
  const summary = await buildSearchIndex({ siteDir: values.site, dataDir: values.data });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  for (const line of describePublicationFiles(summary.files)) console.log(line);
  console.log(
    `search index: ${summary.htmlPages} pages, ${summary.pdfs} PDF(s) as ${summary.pdfRecords} page records, ` +
      `languages ${summary.languages.join(', ')} → ${summary.outputDir} (${seconds} s)`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
