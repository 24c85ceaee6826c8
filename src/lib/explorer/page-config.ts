/**
 * The settings the explorer and embed pages hand to their browser script, in a JSON data block
 * (<script type="application/json" id="explorer-config">): written at build time by
 * src/build/explorer-view.ts, read in the browser by src/client/explorer/config.ts.
 */
import type { Lang } from '../i18n-langs.ts';
import type { CrosstabResult } from '../stats/index.ts';
import type { ExplorerStrings } from './strings.ts';

/** What the browser script needs to know. */
export interface ExplorerConfig {
  lang: Lang;
  /** The portal's public address (src/lib/site.ts), for permalinks, embed code and exported files. */
  siteUrl: string;
  codebookUrl: string;
  parquetUrl: string;
  /** Further tables of the SQL console: their SQL names and Parquet files (loaded on the console's first query). */
  consoleTables: { name: string; parquetUrl: string }[];
  /** The state the pre-rendered view shows, serialised. */
  defaultQuery: string;
  /** Its table, so the script can redraw it (at the screen's width) and export it before DuckDB loads. */
  defaultResult: CrosstabResult;
  strings: ExplorerStrings;
}
