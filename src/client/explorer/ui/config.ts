/** Reads the settings the page hands to its script in <script type="application/json" id="explorer-config">. */
import type { ExplorerConfig } from '../../../lib/explorer/page-config.ts';
import type { ResolvedCodebook } from '../../../lib/codebook/resolved.ts';

export function readConfig(): ExplorerConfig {
  const element = document.getElementById('explorer-config');
  if (!element?.textContent) throw new Error('The explorer page has no #explorer-config data block');
  return JSON.parse(element.textContent) as ExplorerConfig;
}

/** The codebook in the page language (the same file the data catalogue offers). */
export async function fetchCodebook(config: ExplorerConfig): Promise<ResolvedCodebook> {
  const response = await fetch(config.codebookUrl);
  if (!response.ok) throw new Error(`${config.codebookUrl}: HTTP ${response.status}`);
  return (await response.json()) as ResolvedCodebook;
}
