/**
 * The explorer page's script. The default view is already in the HTML; this script fetches the
 * codebook, reads the state from the URL (showing a notice for anything it ignored), redraws the view
 * at the screen's width, loads the data engine in the background and from then on recomputes the view
 * after every change, keeping the state in the URL (back and forward restore it).
 */
import type { ResolvedCodebook } from '../../../lib/codebook/resolved.ts';
import { crosstabCellsSql, EXPLORER_TABLE, literalBinder } from '../../../lib/explorer/sql.ts';
import type { ExplorerState } from '../../../lib/explorer/state.ts';
import type { ExplorerView } from '../../../lib/explorer/view.ts';
import { fetchCodebook, readConfig } from './config.ts';
import { Controls } from './controls.ts';
import { ExportPanel, permalinkOf, type CurrentView } from './exports.ts';
import { markSource, renderView } from './render.ts';
import { ViewRunner } from './runner.ts';
import { SqlConsole } from './sql-console.ts';
import { showStateNotice } from './state-notice.ts';
import { StatusView } from './status.ts';
import { mountSubsetPanel } from './subset-panel.ts';
import { normalise, pushState, replaceState, stateFromLocation, updateLanguageLinks } from './url-state.ts';
import { watchWidth } from './resize.ts';

const config = readConfig();

function element(selector: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`The explorer page has no ${selector}`);
  return found;
}

function startExplorer(codebook: ResolvedCodebook): void {
  const figureTarget = element('[data-explorer-figure]');
  const tableTarget = element('[data-explorer-table]');
  const summaryTarget = document.querySelector<HTMLElement>('[data-explorer-summary-text]');
  let current: CurrentView | null = null;
  const exports = new ExportPanel(element('[data-explorer-exports]'), config, codebook, () => current);
  const consoleRoot = document.querySelector<HTMLElement>('[data-sql-console]');

  const show = (view: ExplorerView, sql: string | null) => {
    current = { rendered: renderView(view, codebook, config, { figure: figureTarget, table: tableTarget, summary: summaryTarget }), sql };
    markSource(tableTarget, view, sql);
    exports.update();
    // The console reads the table in the browser, not the file: offer the view's cells query over it.
    if (sql) sqlConsole?.suggest(crosstabCellsSql(view.state, codebook, { table: EXPLORER_TABLE }, literalBinder));
  };
  const runner = new ViewRunner(document, config, codebook, show);
  const sqlConsole = consoleRoot ? new SqlConsole(consoleRoot, config, () => runner.engine()) : null;
  mountSubsetPanel(document, {
    engine: { subset: async (state, variables) => (await runner.engine()).subset(state, variables) },
    codebook,
    currentState: () => current?.rendered.view.state ?? null,
    permalink: () => (current ? permalinkOf(config, current.rendered) : `${config.siteUrl}${window.location.pathname}${window.location.search}`),
  });

  const controls = new Controls(element('[data-explorer-controls]') as HTMLFormElement, codebook, config.strings, () => {
    const state = normalise(controls.read(), codebook);
    showStateNotice(document, [], config);
    apply(state, true);
  });

  const apply = (state: ExplorerState, push: boolean) => {
    controls.write(state);
    updateLanguageLinks(state);
    if (push) pushState(state);
    void runner.request(state);
  };

  const { state, problems, empty } = stateFromLocation(codebook);
  showStateNotice(document, problems, config);
  // The address bar keeps only what was understood, so a copied URL is valid.
  if (problems.length > 0 && !empty) replaceState(state);
  show(runner.defaultView(), null);
  apply(state, false);
  window.addEventListener('popstate', () => {
    const restored = stateFromLocation(codebook);
    showStateNotice(document, restored.problems, config);
    apply(restored.state, false);
  });
  watchWidth(figureTarget, () => {
    if (current) current = { ...current, rendered: renderView(current.rendered.view, codebook, config, { figure: figureTarget }) };
  });
  void runner.start();
}

async function main(): Promise<void> {
  try {
    startExplorer(await fetchCodebook(config));
  } catch {
    // Without the codebook nothing can be computed; the pre-rendered view stays, with a way to retry.
    new StatusView(document, config, () => window.location.reload()).fault(config.strings.error_generic);
  }
}

void main();
