/**
 * The SQL console's tables besides the survey: small Parquet files (the representation dataset) that
 * are fetched whole, decoded by hyparquet and handed to DuckDB as Arrow, the same road the survey's
 * columns take, so the locked session (no file or network access from SQL) can still hold them. They
 * load on the console's first query only; the decoded bytes stay for the visit, so a restarted
 * database gets them back without a new download.
 */
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { Table, tableToIPC, type Vector } from 'apache-arrow';
import type { DuckDbSession } from '../../duckdb/session.ts';
import { quoteIdentifier } from '../../../lib/explorer/sql-identifiers.ts';
import { float64Vector, int32Vector, utf8Vector } from './arrow-vectors.ts';
import { EngineError, messageOf } from './engine-errors.ts';
import { memoiseBy } from '../../memo.ts';
import type { FetchLike } from './parquet-source.ts';

/** A table the console offers: its SQL name and the Parquet file it is read from. */
export interface ConsoleTableSource {
  name: string;
  parquetUrl: string;
}

type Cell = string | number | null;

function damaged(name: string, reason: string): EngineError {
  return new EngineError('columns', 'parquet-truncated', `The data file of table ${name} is incomplete or damaged: ${reason}`);
}

/** One column of decoded rows as an Arrow vector of the Parquet column's type. */
function vectorOf(table: string, column: string, type: string | undefined, values: Cell[]): Vector {
  const wrongValue = values.find((value) => value !== null && typeof value !== (type === 'BYTE_ARRAY' ? 'string' : 'number'));
  if (wrongValue !== undefined) throw damaged(table, `unexpected value in column ${column}`);
  if (type === 'BYTE_ARRAY') return utf8Vector(values as (string | null)[]);
  if (type === 'INT32') return int32Vector(values as (number | null)[]);
  if (type === 'DOUBLE' || type === 'FLOAT') return float64Vector(values as (number | null)[]);
  throw damaged(table, `unsupported type ${String(type)} of column ${column}`);
}

/** The whole file as an Arrow IPC stream, ready for DuckDB. */
async function decode(source: ConsoleTableSource, fetchImpl: FetchLike): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetchImpl(source.parquetUrl);
  } catch (error) {
    throw new EngineError('columns', 'parquet-failed', `The data file of table ${source.name} could not be fetched: ${messageOf(error)}`, { cause: error });
  }
  if (!response.ok) throw new EngineError('columns', 'parquet-failed', `The data file of table ${source.name} could not be fetched (HTTP ${response.status})`);
  try {
    const file = await response.arrayBuffer();
    const metadata = parquetMetadata(file);
    const rows = (await parquetReadObjects({ file, metadata })) as Record<string, Cell>[];
    if (rows.length !== Number(metadata.num_rows)) throw damaged(source.name, `${rows.length} of ${metadata.num_rows} rows`);
    const vectors: Record<string, Vector> = {};
    for (const element of metadata.schema.slice(1)) {
      vectors[element.name] = vectorOf(source.name, element.name, element.type, rows.map((row) => row[element.name] ?? null));
    }
    return tableToIPC(new Table(vectors), 'stream');
  } catch (error) {
    if (error instanceof EngineError) throw error;
    throw damaged(source.name, messageOf(error));
  }
}

export class ConsoleTables {
  private readonly sources: readonly ConsoleTableSource[];
  private readonly fetchImpl: FetchLike;
  /** Each table's Arrow IPC, decoded once; a failed download is tried again by the next call. */
  private readonly decoded = memoiseBy((source: ConsoleTableSource) => decode(source, this.fetchImpl));
  /** Tables the current database holds; forgotten when it restarts. */
  private readonly present = new Set<string>();

  constructor(sources: readonly ConsoleTableSource[], fetchImpl: FetchLike = (input, init) => fetch(input, init)) {
    // Names become SQL identifiers: only safe ones (quoteIdentifier throws on anything else).
    for (const source of sources) quoteIdentifier(source.name);
    this.sources = sources;
    this.fetchImpl = fetchImpl;
  }

  reset(): void {
    this.present.clear();
  }

  /** Creates the tables the database lacks. A failed download is tried again by the next call. */
  async ensure(session: DuckDbSession): Promise<void> {
    for (const source of this.sources) {
      if (this.present.has(source.name)) continue;
      const ipc = await this.decoded(source);
      await session.insertArrow(ipc, source.name).catch(async (error: unknown) => {
        // Half a table would block the next attempt to create it.
        await session.run(`DROP TABLE IF EXISTS ${quoteIdentifier(source.name)}`).catch(() => undefined);
        throw new EngineError('query', 'query-failed', `The table ${source.name} could not be created: ${messageOf(error)}`, { cause: error });
      });
      this.present.add(source.name);
    }
  }
}
