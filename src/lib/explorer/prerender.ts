/**
 * The default view as markup, for the explorer and embed pages' first HTML response (build time), and
 * the settings their browser script reads from a JSON data block.
 */
import { PUBLISHED_ID } from '../published/figures.ts';
import { renderChartMarkup } from '../../charts/render-static.ts';
import type { ResolvedCodebook } from '../codebook/resolved.ts';
import { REPRESENTATION_ID } from '../downloads/representation-dataset.ts';
import type { Lang } from '../i18n-langs.ts';
import type { CrosstabResult } from '../stats/index.ts';
import type { QuestionAggregates } from '../survey/aggregates.ts';
import { defaultCrosstab } from './default-view.ts';
import { drawChart } from './draw-chart.ts';
import { explorerFigure } from './figure.ts';
import { viewSummary } from './describe.ts';
import { figureHtml, resultTableHtml } from './result-html.ts';
import { defaultState, serializeState, type ExplorerState } from './state.ts';
import type { ExplorerStrings } from './strings.ts';
import { buildView } from './view.ts';

/** What the browser script needs to know (read from <script type="application/json" id="explorer-config">). */
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

export interface PrerenderedView {
  state: ExplorerState;
  figureHtml: string;
  tableHtml: string;
  /** The one-line summary of the default view (describe.ts viewSummary). */
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
      codebookUrl: `/data/${datasetId}/codebook.${lang}.json`,
      parquetUrl: `/data/${datasetId}/${datasetId}.parquet`,
      consoleTables: [
        { name: REPRESENTATION_ID, parquetUrl: `/data/${REPRESENTATION_ID}/${REPRESENTATION_ID}.parquet` },
        // The sourced figures on women and communities (published-figures.md section B), one row per figure.
        { name: 'representation_figures', parquetUrl: `/data/${REPRESENTATION_ID}/${REPRESENTATION_ID}-figures.parquet` },
        // KCSS's published figures, as printed: a table of their own, never joined into wbsb by the portal.
        { name: PUBLISHED_ID, parquetUrl: `/data/${PUBLISHED_ID}/${PUBLISHED_ID}.parquet` },
      ],
      defaultQuery: serializeState(state),
      defaultResult: result,
      strings,
    },
  };
}

/** JSON for a <script type="application/json"> block: "<" escaped so the text cannot close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
