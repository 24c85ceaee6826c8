/**
 * Whole columns of the Parquet file, decoded by hyparquet into typed arrays. Each column is read with
 * its own parquetRead, so the range requests cover exactly that column's chunks (hyparquet would merge
 * the chunks of several columns across small gaps, fetching bytes no view needs).
 */
import { parquetMetadataAsync, parquetRead, type FileMetaData } from 'hyparquet';
import { EngineError, messageOf } from './engine-errors.ts';
import { RangeFile, type FetchLike } from './parquet-source.ts';

export type ColumnData = Int32Array | Float64Array | string[];

/**
 * The footer (metadata: 42 kB for the 2021 table's 348 questions) is read with one request of this size
 * when it fits, else two. A test (explorer-early-columns) fails when it stops fitting.
 */
const FOOTER_FETCH_BYTES = 1 << 16;

function damaged(error: unknown): EngineError {
  if (error instanceof EngineError) return error;
  return new EngineError('columns', 'parquet-truncated', `The data file is incomplete or damaged: ${messageOf(error)}`, { cause: error });
}

export class ParquetColumns {
  readonly metadata: FileMetaData;
  readonly rowCount: number;
  private readonly file: RangeFile;

  private constructor(file: RangeFile, metadata: FileMetaData) {
    this.file = file;
    this.metadata = metadata;
    this.rowCount = Number(metadata.num_rows);
  }

  static async open(url: string, fetchImpl?: FetchLike): Promise<ParquetColumns> {
    const file = await RangeFile.open(url, fetchImpl);
    try {
      return new ParquetColumns(file, await parquetMetadataAsync(file, { initialFetchSize: FOOTER_FETCH_BYTES }));
    } catch (error) {
      throw damaged(error);
    }
  }

  get bytesFetched(): number {
    return this.file.bytesFetched;
  }

  /** Column names in file order. */
  get names(): string[] {
    return this.metadata.schema.slice(1).map((element) => element.name);
  }

  has(name: string): boolean {
    return this.names.includes(name);
  }

  /** Compressed bytes of a column's chunks in every row group: what reading it must fetch. */
  chunkBytes(name: string): number {
    let bytes = 0;
    for (const group of this.metadata.row_groups) {
      for (const chunk of group.columns) {
        if (chunk.meta_data?.path_in_schema[0] === name) bytes += Number(chunk.meta_data.total_compressed_size);
      }
    }
    return bytes;
  }

  private emptyColumn(name: string): ColumnData {
    const type = this.metadata.schema.find((element) => element.name === name)?.type;
    if (type === 'INT32') return new Int32Array(this.rowCount);
    if (type === 'DOUBLE' || type === 'FLOAT') return new Float64Array(this.rowCount);
    if (type === 'BYTE_ARRAY') return new Array<string>(this.rowCount);
    throw damaged(new Error(`Unsupported column type ${String(type)} of ${name}`));
  }

  /** Reads one column completely, checking that every row arrived. */
  async read(name: string): Promise<ColumnData> {
    if (!this.has(name)) throw damaged(new Error(`The data file has no column ${name}`));
    const data = this.emptyColumn(name);
    let filled = 0;
    try {
      await parquetRead({
        file: this.file,
        metadata: this.metadata,
        columns: [name],
        onChunk: ({ columnData, rowStart }) => {
          if (Array.isArray(data)) {
            for (let index = 0; index < columnData.length; index += 1) data[rowStart + index] = String(columnData[index]);
          } else {
            data.set(columnData as ArrayLike<number>, rowStart);
          }
          filled += columnData.length;
        },
      });
    } catch (error) {
      throw damaged(error);
    }
    if (filled !== this.rowCount) throw damaged(new Error(`Column ${name} has ${filled} of ${this.rowCount} values`));
    return data;
  }
}
