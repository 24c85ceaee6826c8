/**
 * A larger copy of the survey file for the benchmark: the same codebook and columns, with rows drawn
 * at random (seeded, with replacement) from the published file, so every distribution and relation
 * between answers stays as it is. Written with the pipeline's Parquet settings (hyparquet-writer,
 * Snappy), in row groups of SCALED_ROW_GROUP rows, and reused while the source file is unchanged.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { asyncBufferFromFile, parquetMetadataAsync, parquetRead } from 'hyparquet';
import { parquetWriteBuffer } from 'hyparquet-writer';

const SCALED_ROW_GROUP = 131_072;

/** mulberry32: a small seeded generator, enough to pick rows reproducibly. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Column = { name: string; type: 'STRING'; data: string[] } | { name: string; type: 'INT32'; data: Int32Array } | { name: string; type: 'DOUBLE'; data: Float64Array };

async function readSource(file: string): Promise<{ columns: Column[]; rows: number }> {
  const buffer = await asyncBufferFromFile(file);
  const metadata = await parquetMetadataAsync(buffer);
  const rows = Number(metadata.num_rows);
  const columns: Column[] = [];
  for (const element of metadata.schema.slice(1)) {
    const values: unknown[] = new Array<unknown>(rows);
    await parquetRead({
      file: buffer,
      metadata,
      columns: [element.name],
      onChunk: ({ columnData, rowStart }) => {
        for (let index = 0; index < columnData.length; index += 1) values[rowStart + index] = columnData[index];
      },
    });
    if (element.type === 'BYTE_ARRAY') columns.push({ name: element.name, type: 'STRING', data: values.map(String) });
    else if (element.type === 'DOUBLE') columns.push({ name: element.name, type: 'DOUBLE', data: Float64Array.from(values as number[]) });
    else if (element.type === 'INT32') columns.push({ name: element.name, type: 'INT32', data: Int32Array.from(values as number[]) });
    else throw new Error(`Unexpected column type ${String(element.type)} of ${element.name}`);
  }
  return { columns, rows };
}

function resample(column: Column, picks: Int32Array): Column {
  if (column.type === 'STRING') {
    // Ids stay unique: the source id and the new row's number.
    return { ...column, data: Array.from(picks, (pick, row) => `${column.data[pick] ?? ''}-${row}`) };
  }
  if (column.type === 'DOUBLE') return { ...column, data: Float64Array.from(picks, (pick) => column.data[pick] ?? 0) };
  return { ...column, data: Int32Array.from(picks, (pick) => column.data[pick] ?? 0) };
}

/** Writes (or reuses) `<outDir>/wbsb-<rows>.parquet` drawn from `source`; returns its path. */
export async function scaledParquet(source: string, outDir: string, rows: number, seed = 20_240_101): Promise<string> {
  const bytes = await readFile(source);
  const fingerprint = createHash('sha256').update(bytes).update(`${rows}:${seed}:${SCALED_ROW_GROUP}`).digest('hex');
  const target = path.join(outDir, `wbsb-${rows}.parquet`);
  const stamp = `${target}.source-sha256`;
  if ((await readFile(stamp, 'utf8').catch(() => '')) === fingerprint) return target;

  const { columns, rows: sourceRows } = await readSource(source);
  const random = generator(seed);
  const picks = Int32Array.from({ length: rows }, () => Math.floor(random() * sourceRows));
  const columnData = columns.map((column) => ({ ...resample(column, picks), nullable: false }));
  const buffer = parquetWriteBuffer({ columnData, rowGroupSize: SCALED_ROW_GROUP, createdBy: 'scripts/bench/explorer-scale.ts' });
  await mkdir(outDir, { recursive: true });
  await writeFile(target, new Uint8Array(buffer));
  await writeFile(stamp, fingerprint);
  return target;
}
