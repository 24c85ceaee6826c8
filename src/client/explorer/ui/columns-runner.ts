/**
 * The embed page's runner: one view, computed without DuckDB. The pre-rendered default is shown at
 * once; any other state reads only the Parquet columns it needs (hyparquet, range requests) and is
 * summed by the shared statistics code (lib/explorer/columns-crosstab.ts). An embed draws one chart on
 * someone else's page, so it must not download the 34 MB DuckDB WebAssembly the explorer uses.
 */
import type { ResolvedCodebook } from '../../../lib/codebook/resolved.ts';
import { formatBytes } from '../../../lib/format.ts';
import { columnsForState, crosstabFromColumns, type NumericColumn } from '../../../lib/explorer/columns-crosstab.ts';
import { fillSlots } from '../../../lib/explorer/describe.ts';
import type { ExplorerConfig } from '../../../lib/explorer/page-config.ts';
import { parseState, type ExplorerState } from '../../../lib/explorer/state.ts';
import { buildView, type ExplorerView } from '../../../lib/explorer/view.ts';
import { EngineError } from '../engine/engine-errors.ts';
import { StatusView } from './status.ts';
import { sameState } from './url-state.ts';

/** Marks the figure as computed in the browser (tests and scripts read data-source="engine"). */
export const COLUMNS_SOURCE = 'columns';

export type ShowView = (view: ExplorerView, computedBy: string | null) => void;

export class ColumnsRunner {
  private readonly config: ExplorerConfig;
  private readonly codebook: ResolvedCodebook;
  private readonly show: ShowView;
  private readonly status: StatusView;
  private readonly defaultState: ExplorerState;
  private wanted: ExplorerState;

  constructor(root: ParentNode, config: ExplorerConfig, codebook: ResolvedCodebook, show: ShowView) {
    this.config = config;
    this.codebook = codebook;
    this.show = show;
    this.status = new StatusView(root, config, () => void this.request(this.wanted));
    this.defaultState = parseState(new URLSearchParams(config.defaultQuery), codebook).state;
    this.wanted = this.defaultState;
  }

  defaultView(): ExplorerView {
    return buildView(this.config.defaultResult, this.defaultState, this.codebook, this.config.strings.table_all);
  }

  async request(state: ExplorerState): Promise<void> {
    this.wanted = state;
    this.status.clearFault();
    if (sameState(state, this.defaultState)) {
      this.show(this.defaultView(), null);
      return;
    }
    const started = performance.now();
    try {
      const { ParquetColumns } = await import('../engine/parquet-columns.ts');
      const parquet = await ParquetColumns.open(this.config.parquetUrl);
      const names = columnsForState(state, this.codebook);
      const read = await Promise.all(names.map(async (name): Promise<[string, NumericColumn]> => {
        const data = await parquet.read(name);
        if (Array.isArray(data)) throw new EngineError('columns', 'parquet-failed', `Column ${name} is not numeric`);
        return [name, data];
      }));
      const result = crosstabFromColumns(state, this.codebook, Object.fromEntries(read));
      this.show(buildView(result, state, this.codebook, this.config.strings.table_all), COLUMNS_SOURCE);
      const ms = Math.max(1, Math.round(performance.now() - started));
      this.status.done(fillSlots(this.config.strings.status_ready, { ms, bytes: formatBytes(this.config.lang, parquet.bytesFetched) }));
    } catch (error) {
      const truncated = error instanceof EngineError && error.code === 'parquet-truncated';
      this.status.fault(truncated ? this.config.strings.error_truncated : this.config.strings.error_parquet);
    }
  }
}
