/**
 * The representation rows as a tidy table, written as CSV and as Parquet with the same columns. One
 * column list drives both files and the datapackage.json schema, so they cannot disagree.
 */
import { parquetWriteBuffer } from 'hyparquet-writer';
import { toCsv, type CsvCell } from '../../src/lib/csv.ts';
import type { RepresentationRow } from '../../src/lib/representation/schema.ts';

export interface TableColumn {
  name: string;
  /** Parquet physical type (INT32 and DOUBLE may hold nulls where `nullable`). */
  parquet: 'STRING' | 'INT32' | 'DOUBLE';
  /** Frictionless field type. */
  type: 'string' | 'integer' | 'number';
  nullable: boolean;
  description: string;
  value: (row: RepresentationRow) => string | number | null;
}

export const REPRESENTATION_COLUMNS: readonly TableColumn[] = [
  { name: 'institution', parquet: 'STRING', type: 'string', nullable: false, description: 'Institution id (ksf = Kosovo Security Force).', value: (r) => r.institution },
  { name: 'year', parquet: 'INT32', type: 'integer', nullable: false, description: 'Year the figures refer to (the year of publication when the source does not say).', value: (r) => r.year },
  { name: 'rank', parquet: 'STRING', type: 'string', nullable: false, description: 'Rank id.', value: (r) => r.rank },
  { name: 'rank_order', parquet: 'INT32', type: 'integer', nullable: false, description: 'Position of the rank in the hierarchy, 1 = highest.', value: (r) => r.rankOrder },
  { name: 'rank_label_sq', parquet: 'STRING', type: 'string', nullable: false, description: 'Rank name in Albanian.', value: (r) => r.rankLabel.sq },
  { name: 'rank_label_en', parquet: 'STRING', type: 'string', nullable: false, description: 'Rank name in English.', value: (r) => r.rankLabel.en },
  { name: 'rank_label_sr', parquet: 'STRING', type: 'string', nullable: false, description: 'Rank name in Serbian.', value: (r) => r.rankLabel.sr },
  { name: 'dimension', parquet: 'STRING', type: 'string', nullable: false, description: 'What the shares break the rank down by: gender or community.', value: (r) => r.dimension },
  { name: 'group', parquet: 'STRING', type: 'string', nullable: false, description: 'The group the share belongs to (women, men, or a community).', value: (r) => r.group },
  { name: 'share', parquet: 'DOUBLE', type: 'number', nullable: false, description: 'Percentage of the rank\'s staff in the group, 0-100, as published.', value: (r) => r.share },
  { name: 'count', parquet: 'INT32', type: 'integer', nullable: true, description: 'Head count, when the source gives it; empty otherwise.', value: (r) => r.count ?? null },
  { name: 'source', parquet: 'STRING', type: 'string', nullable: false, description: 'Id of the source publication on the portal.', value: (r) => r.source },
  { name: 'figure', parquet: 'STRING', type: 'string', nullable: false, description: 'Figure or table of the source the value is taken from.', value: (r) => r.figure },
  { name: 'page', parquet: 'INT32', type: 'integer', nullable: true, description: 'Page of the source, when known; empty otherwise.', value: (r) => r.page ?? null },
];

export function representationCsv(rows: readonly RepresentationRow[]): string {
  return toCsv(REPRESENTATION_COLUMNS.map((column) => column.name), rows.map((row) => REPRESENTATION_COLUMNS.map((column): CsvCell => column.value(row))));
}

export function representationParquet(rows: readonly RepresentationRow[], version: string): Uint8Array {
  const buffer = parquetWriteBuffer({
    columnData: REPRESENTATION_COLUMNS.map((column) => ({
      name: column.name,
      data: rows.map((row) => column.value(row)),
      type: column.parquet,
      nullable: column.nullable,
    })),
    rowGroupSize: Math.max(rows.length, 1),
    createdBy: 'security-barometer-portal scripts/data.ts',
    kvMetadata: [
      { key: 'dataset', value: 'representation' },
      { key: 'version', value: version },
      { key: 'synthetic', value: 'false' },
    ],
  });
  return new Uint8Array(buffer);
}
