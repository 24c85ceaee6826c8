/** Content types of the files a built site holds; anything else goes out as application/octet-stream. */
import { extname } from 'node:path';

const TEXT = 'charset=utf-8';
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': `text/html; ${TEXT}`,
  '.js': `text/javascript; ${TEXT}`,
  '.mjs': `text/javascript; ${TEXT}`,
  '.css': `text/css; ${TEXT}`,
  '.json': `application/json; ${TEXT}`,
  '.svg': 'image/svg+xml',
  '.csv': `text/csv; ${TEXT}`,
  '.txt': `text/plain; ${TEXT}`,
  '.xml': `application/xml; ${TEXT}`,
  // Statistical syntax files (R, Stata, SPSS) are plain text.
  '.r': `text/plain; ${TEXT}`,
  '.do': `text/plain; ${TEXT}`,
  '.sps': `text/plain; ${TEXT}`,
  '.bib': `application/x-bibtex; ${TEXT}`,
  '.ris': `application/x-research-info-systems; ${TEXT}`,
  // WebAssembly.instantiateStreaming accepts only this type.
  '.wasm': 'application/wasm',
  '.parquet': 'application/vnd.apache.parquet',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Types worth gzipping (for the search benchmark, which measures what a static host would send). */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.csv', '.txt', '.xml']);

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export function isCompressible(file: string): boolean {
  return COMPRESSIBLE.has(extname(file).toLowerCase());
}
