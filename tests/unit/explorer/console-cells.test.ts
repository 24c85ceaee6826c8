/** The SQL console's output limits, on Arrow batches like those DuckDB-WASM hands over. */
import { tableFromArrays, type RecordBatch } from 'apache-arrow';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cellReader, cutText } from '../../../src/client/explorer/engine/console-cells.ts';
import { CONSOLE_MAX_CELL_CHARS, CONSOLE_MAX_OUTPUT_CHARS } from '../../../src/lib/explorer/console-limits.ts';

function batchOf(columns: Parameters<typeof tableFromArrays>[0]): RecordBatch {
  const [batch] = tableFromArrays(columns).batches;
  if (!batch) throw new Error('no batch');
  return batch;
}

afterEach(() => vi.restoreAllMocks());

describe('console cells', () => {
  it('cuts a 100-million-character value to the cell limit, decoding only its head', () => {
    const decode = vi.spyOn(TextDecoder.prototype, 'decode');
    const reader = cellReader();
    reader.read(batchOf({ big: ['x'.repeat(100_000_000)], n: Int32Array.from([1]) }), 100);
    const [row] = reader.rows;
    expect(row?.[0]).toBe(`${'x'.repeat(CONSOLE_MAX_CELL_CHARS)}…`);
    expect(row?.[1]).toBe(1);
    expect(reader.cut).toBe(true);
    expect(reader.limited).toBeNull();
    const decoded = decode.mock.calls.map(([bytes]) => (bytes instanceof Uint8Array ? bytes.byteLength : 0));
    expect(Math.max(...decoded)).toBeLessThanOrEqual(CONSOLE_MAX_CELL_CHARS * 4);
  });

  it('cuts multi-byte text between characters, never inside one', () => {
    const reader = cellReader();
    reader.read(batchOf({ text: ['ë'.repeat(5_000), '😀'.repeat(5_000), 'short ë'] }), 100);
    const [ë, emoji, short] = reader.rows.map((row) => row[0]);
    expect(ë).toBe(`${'ë'.repeat(CONSOLE_MAX_CELL_CHARS)}…`);
    expect(emoji).toBe(`${'😀'.repeat(CONSOLE_MAX_CELL_CHARS / 2)}…`);
    expect(short).toBe('short ë');
    expect(cutText('😀'.repeat(CONSOLE_MAX_CELL_CHARS)).text.includes('\uFFFD')).toBe(false);
  });

  it('stops at the row limit, and at the output budget however many rows were asked for', () => {
    const few = cellReader();
    few.read(batchOf({ n: Int32Array.from({ length: 50 }, (_, i) => i) }), 10);
    expect(few.rows).toHaveLength(10);
    expect(few.limited).toBe('rows');

    const wide = cellReader();
    wide.read(batchOf({ text: Array.from({ length: 3_000 }, () => 'y'.repeat(CONSOLE_MAX_CELL_CHARS)) }), 10_000);
    expect(wide.limited).toBe('size');
    expect(wide.rows.length).toBe(CONSOLE_MAX_OUTPUT_CHARS / CONSOLE_MAX_CELL_CHARS);
  });

  it('shows nulls, dates and numbers as they are', () => {
    const reader = cellReader();
    reader.read(batchOf({ text: ['a', null], when: [new Date(Date.UTC(2021, 4, 1)), null] }), 100);
    expect(reader.rows).toEqual([['a', '2021-05-01T00:00:00.000Z'], [null, null]]);
  });
});
