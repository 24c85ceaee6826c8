/**
 * The respondent table as Parquet (hyparquet-writer, Snappy): id as STRING, weight as DOUBLE, every
 * coded column as INT32, no nulls, one row group. No timestamps go in, so equal tables give equal bytes.
 */
import { parquetWriteBuffer } from 'hyparquet-writer';
import { ID_COLUMN, WEIGHT_COLUMN } from '../../src/lib/survey/columns.ts';
import { codesOf, type ResponseTable } from './response-table.ts';

export interface ParquetMetadata {
  datasetId: string;
  version: string;
  synthetic: boolean;
}

export function responsesToParquet(table: ResponseTable, metadata: ParquetMetadata): Uint8Array {
  const columnData = table.columns.map((name) => {
    if (name === ID_COLUMN) return { name, data: table.ids, type: 'STRING' as const, nullable: false };
    if (name === WEIGHT_COLUMN) return { name, data: table.weights, type: 'DOUBLE' as const, nullable: false };
    return { name, data: codesOf(table, name), type: 'INT32' as const, nullable: false };
  });
  const buffer = parquetWriteBuffer({
    columnData,
    rowGroupSize: Math.max(table.rowCount, 1),
    createdBy: 'security-barometer-portal scripts/data.ts',
    kvMetadata: [
      { key: 'dataset', value: metadata.datasetId },
      { key: 'version', value: metadata.version },
      { key: 'synthetic', value: String(metadata.synthetic) },
    ],
  });
  return new Uint8Array(buffer);
}
