/**
 * Build time: the explorer's default view as markup, for the explorer and embed pages' first HTML
 * response, and the settings their browser script reads from a JSON data block (ExplorerConfig). The
 * chart is drawn by the same function the browser uses, against linkedom (./charts.ts).
 */
import { renderChartMarkup } from './charts.ts';
import { dataPaths, dataUrl } from '../lib/data-layout.ts';
import { PUBLISHED_ID } from '../lib/published/figures.ts';
import type { ResolvedCodebook } from '../lib/codebook/resolved.ts';
import { REPRESENTATION_ID } from '../lib/downloads/representation-dataset.ts';
import { FIGURES_TABLE } from '../lib/representation/figures-dataset.ts';
import type { Lang } from '../lib/i18n-langs.ts';
import type { QuestionAggregates } from '../lib/survey/aggregates.ts';
import { defaultCrosstab } from '../lib/explorer/default-view.ts';
import { drawChart } from '../lib/explorer/draw-chart.ts';
import { explorerFigure } from '../lib/explorer/figure.ts';
import { viewSummary } from '../lib/explorer/describe.ts';
import { figureHtml, resultTableHtml } from '../lib/explorer/result-html.ts';
import { defaultState, serializeState, type ExplorerState } from '../lib/explorer/state.ts';
import type { ExplorerConfig } from '../lib/explorer/page-config.ts';
import type { ExplorerStrings } from '../lib/explorer/strings.ts';
import { buildView } from '../lib/explorer/view.ts';

export interface PrerenderedView {
  state: ExplorerState;
  figureHtml: string;
  tableHtml: string;
  /** The one-line summary of the default view (lib/explorer/describe.ts viewSummary). */
  summary: string;
  config: ExplorerConfig;
}

export interface PrerenderInput {
  codebook: ResolvedCodebook;
  aggregatesOf: (question: string) => QuestionAggregates;
  strings: ExplorerStrings;
  lang: Lang;
  siteUrl: string;
}

export function prerenderDefaultView({ codebook, aggregatesOf, strings, lang, siteUrl }: PrerenderInput): PrerenderedView {
  const state = defaultState(codebook);
  const result = defaultCrosstab(aggregatesOf(state.question), state);
  const view = buildView(result, state, codebook, strings.table_all);
  const figure = explorerFigure(view, codebook, strings, lang);
  const chartMarkup = renderChartMarkup((document) => drawChart(figure.spec, { ...figure.text, document }) ?? document.createElement('div'));
  const datasetId = codebook.dataset.id;
  return {
    state,
    figureHtml: figureHtml({ ...figure.parts, chartMarkup }, strings),
    tableHtml: resultTableHtml(view, strings, lang),
    summary: viewSummary(view, codebook, strings),
    config: {
      lang,
      siteUrl,
      codebookUrl: dataUrl(dataPaths.codebook(datasetId, lang)),
      parquetUrl: dataUrl(dataPaths.parquet(datasetId)),
      consoleTables: [
        { name: REPRESENTATION_ID, parquetUrl: dataUrl(dataPaths.parquet(REPRESENTATION_ID)) },
        // The sourced figures on women and communities (published-figures.md section B), one row per figure.
        { name: 'representation_figures', parquetUrl: dataUrl(dataPaths.parquet(REPRESENTATION_ID, FIGURES_TABLE)) },
        // KCSS's published figures, as printed: a table of their own, never joined into wbsb by the portal.
        { name: PUBLISHED_ID, parquetUrl: dataUrl(dataPaths.parquet(PUBLISHED_ID)) },
      ],
      defaultQuery: serializeState(state),
      defaultResult: result,
      strings,
    },
  };
}
