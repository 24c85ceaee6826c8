/**
 * The embed page's script: shows the chart of the state in the URL (the pre-rendered default first,
 * then the view computed from the Parquet columns it needs, without DuckDB: columns-runner.ts), points the "open in the explorer" link at the same view, and tells the
 * parent page its height whenever it changes, so the frame can fit it.
 */
import { EMBED_HEIGHT_MESSAGE, type EmbedMessage } from '../../../lib/explorer/embed-code.ts';
import { serializeState } from '../../../lib/explorer/state.ts';
import type { ExplorerView } from '../../../lib/explorer/view.ts';
import { fetchCodebook, readConfig } from './config.ts';
import { ColumnsRunner } from './columns-runner.ts';
import { markSource, renderView, type RenderedView } from './render.ts';
import { watchWidth } from './resize.ts';
import { showStateNotice } from './state-notice.ts';
import { stateFromLocation } from './url-state.ts';

const config = readConfig();

function reportHeight(): void {
  if (window.parent === window) return;
  const message: EmbedMessage = { type: EMBED_HEIGHT_MESSAGE, height: Math.ceil(document.documentElement.scrollHeight) };
  // The height is not a secret: any page may embed the chart.
  window.parent.postMessage(message, '*');
}

async function main(): Promise<void> {
  new ResizeObserver(reportHeight).observe(document.body);
  reportHeight();
  const figureTarget = document.querySelector<HTMLElement>('[data-explorer-figure]');
  if (!figureTarget) return;
  const codebook = await fetchCodebook(config);
  let current: RenderedView | null = null;
  const show = (view: ExplorerView, computedBy: string | null) => {
    current = renderView(view, codebook, config, { figure: figureTarget });
    markSource(figureTarget, view, computedBy);
  };
  const runner = new ColumnsRunner(document, config, codebook, show);
  const { state, problems } = stateFromLocation(codebook);
  showStateNotice(document, problems, config);
  const back = document.querySelector<HTMLAnchorElement>('[data-embed-back]');
  if (back) back.href = `/${config.lang}/explore/?${serializeState(state)}`;
  show(runner.defaultView(), null);
  watchWidth(figureTarget, () => { if (current) current = renderView(current.view, codebook, config, { figure: figureTarget }); });
  await runner.request(state);
}

void main();
