/**
 * Browser module of the explorer's subset download: asks the explorer's engine for the respondents
 * that match the current filters with the chosen variables, turns them into CSV with the metadata
 * header (src/lib/downloads/subset-csv.ts) and hands the file to the browser as a download.
 *
 * Mounting: the explorer page renders a button and passes, as JSON, `subsetStrings(lang, dataset)`
 * (src/lib/downloads/subset-strings.ts, called at build time); its script calls
 * `mountSubsetDownload(button, { engine, codebook, strings, currentState, variables, permalink })`.
 */
import type { ResolvedCodebook } from '../lib/codebook/resolved.ts';
import type { ExplorerState } from '../lib/explorer/state.ts';
import { subsetCsv, type SubsetCell } from '../lib/downloads/subset-csv.ts';
import type { SubsetStrings } from '../lib/downloads/subset-strings.ts';
import { downloadBlob } from './explorer/ui/download.ts';

/** What this module needs of the explorer's engine (src/client/explorer/engine/engine.ts). */
export interface SubsetEngine {
  subset(state: ExplorerState, variables: string[]): Promise<{ columns: readonly string[]; rows: readonly (readonly SubsetCell[] | Readonly<Record<string, SubsetCell>>)[] }>;
}

export interface SubsetDownloadOptions {
  engine: SubsetEngine;
  codebook: ResolvedCodebook;
  strings: SubsetStrings;
  /** The explorer's state at the time of the click. */
  currentState: () => ExplorerState;
  /** The variables the reader chose (the engine adds its design columns as it sees fit). */
  variables: () => string[];
  /** Absolute link to the current view. */
  permalink: () => string;
  /** Called while the file is prepared and when it failed, for a live region. */
  onStatus?: (status: 'preparing' | 'done' | 'failed') => void;
}

/** The CSV text of the current subset. */
export async function buildSubsetCsv(options: SubsetDownloadOptions): Promise<string> {
  const state = options.currentState();
  const { columns, rows } = await options.engine.subset(state, options.variables());
  return subsetCsv({ codebook: options.codebook, state, strings: options.strings, permalink: options.permalink(), columns, rows });
}

/** Builds and downloads the subset; resolves when the download was handed over. */
export async function downloadSubset(options: SubsetDownloadOptions): Promise<void> {
  options.onStatus?.('preparing');
  try {
    const text = await buildSubsetCsv(options);
    downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), `${options.codebook.dataset.id}-subset.csv`);
    options.onStatus?.('done');
  } catch (error) {
    options.onStatus?.('failed');
    throw error;
  }
}

/** Wires a button: a click downloads the subset; the button is disabled meanwhile. */
export function mountSubsetDownload(button: HTMLButtonElement, options: SubsetDownloadOptions): () => void {
  const onClick = (): void => {
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    downloadSubset(options)
      .catch((error: unknown) => console.warn('subset download failed', error))
      .finally(() => {
        button.disabled = false;
        button.removeAttribute('aria-busy');
      });
  };
  button.addEventListener('click', onClick);
  return () => button.removeEventListener('click', onClick);
}
