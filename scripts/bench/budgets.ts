/**
 * The size and speed budgets the issues set, in one place for the benchmarks that report them and the
 * tests that enforce them. Bytes are decimal (1 kB = 1000 bytes), the unit formatBytes prints, so a
 * budget and the figure reported against it are in the same unit; the issues' "KB" is read this way,
 * the stricter of the two readings.
 */
const KB = 1000;

/** Search: the first query transfers at most this much and answers within this time, on localhost. */
export const SEARCH_FIRST_QUERY_BYTES = 150 * KB;
export const SEARCH_FIRST_QUERY_MS = 150;

/** An indicator page: its HTML, charts inside, and the JavaScript it loads, each gzip-compressed. */
export const INDICATOR_HTML_GZIP_BYTES = 100 * KB;
export const INDICATOR_JS_GZIP_BYTES = 20 * KB;

/** An embed computing a non-default view: everything it transfers, served with gzip. */
export const EMBED_TRANSFER_BYTES = 300 * KB;
