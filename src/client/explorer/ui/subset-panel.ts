/**
 * The explorer's "respondents behind this view" download: reads the reader's added demographics from
 * the checkboxes, and wires the button to the subset download (src/client/subset-download.ts) over the
 * page's data engine, announcing progress and failure in a live region.
 */
import type { ResolvedCodebook } from '../../../lib/codebook/resolved.ts';
import type { SubsetStrings } from '../../../lib/downloads/subset-strings.ts';
import { subsetVariables } from '../../../lib/downloads/subset-variables.ts';
import type { ExplorerState } from '../../../lib/explorer/state.ts';
import { mountSubsetDownload, type SubsetEngine } from '../../subset-download.ts';

/** What the page hands the script in <script type="application/json" id="explorer-subset">. */
export interface SubsetPanelConfig {
  /** The CSV header's words, in the page language. */
  header: SubsetStrings;
  status: { preparing: string; done: string; failed: string };
}

export interface SubsetPanelOptions {
  engine: SubsetEngine;
  codebook: ResolvedCodebook;
  /** The state of the view on screen, or null before there is one. */
  currentState: () => ExplorerState | null;
  /** Absolute link to the view on screen. */
  permalink: () => string;
}

function readPanelConfig(): SubsetPanelConfig | null {
  const text = document.getElementById('explorer-subset')?.textContent;
  return text ? (JSON.parse(text) as SubsetPanelConfig) : null;
}

/** Mounts the panel if the page has one; returns whether it did. */
export function mountSubsetPanel(root: ParentNode, options: SubsetPanelOptions): boolean {
  const panel = root.querySelector<HTMLElement>('[data-subset]');
  const button = panel?.querySelector<HTMLButtonElement>('[data-subset-download]');
  const config = readPanelConfig();
  if (!panel || !button || !config) return false;
  const status = panel.querySelector('[data-subset-status]');
  const added = () => [...panel.querySelectorAll<HTMLInputElement>('input[data-subset-variable]:checked')].map((input) => input.value);
  const currentState = (): ExplorerState => {
    const state = options.currentState();
    if (!state) throw new Error('No view on screen yet');
    return state;
  };
  mountSubsetDownload(button, {
    engine: options.engine,
    codebook: options.codebook,
    strings: config.header,
    currentState,
    variables: () => subsetVariables(options.codebook, currentState(), added()),
    permalink: options.permalink,
    onStatus: (phase) => {
      if (status) status.textContent = config.status[phase];
    },
  });
  button.disabled = false;
  return true;
}
