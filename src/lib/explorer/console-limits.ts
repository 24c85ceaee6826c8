/**
 * The SQL console's limits, in one place: the engine enforces them, the console states them under the
 * query box, and the README lists them. They keep any one query from freezing or crashing the tab: a
 * query runs at most CONSOLE_TIME_LIMIT_MS, the page reads at most CONSOLE_MAX_ROWS rows and
 * CONSOLE_MAX_OUTPUT_CHARS characters of them, a value longer than CONSOLE_MAX_CELL_CHARS is cut (a
 * 100-million-character text in a table cell is what crashes a tab), and DuckDB itself may use at
 * most DUCKDB_MEMORY_LIMIT_MB (its default, 80% of the 4 GiB WebAssembly heap, lets one query exhaust it).
 */

/** Wall-clock time from running a console query to its last row; then it is cancelled. */
export const CONSOLE_TIME_LIMIT_MS = 30_000;
/** Rows the console reads at most (the row box cannot ask for more). */
export const CONSOLE_MAX_ROWS = 10_000;
/** Characters of one value the console shows; the rest is cut and marked with "…". */
export const CONSOLE_MAX_CELL_CHARS = 1_000;
/** Characters of the whole result the console reads; a cell counts at least CONSOLE_MIN_CELL_COST. */
export const CONSOLE_MAX_OUTPUT_CHARS = 1_000_000;
/** What an empty or short cell costs against the output budget, so 100,000 cells at most reach the page. */
export const CONSOLE_MIN_CELL_COST = 10;
/** DuckDB's memory_limit in MB: far above what the survey tables need (a few MB), far below the wasm heap. */
export const DUCKDB_MEMORY_LIMIT_MB = 512;
