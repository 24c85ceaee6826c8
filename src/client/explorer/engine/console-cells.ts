/**
 * The SQL console's cells, read from DuckDB's Arrow batches under the console's output limits: at most
 * CONSOLE_MAX_CELL_CHARS characters per value and CONSOLE_MAX_OUTPUT_CHARS for the whole result. Text
 * columns are read from their UTF-8 bytes, decoding only the first few thousand bytes of a long value,
 * so a value of 100 million characters never becomes a JavaScript string at all.
 */
import { Type } from 'apache-arrow';
import { CONSOLE_MAX_CELL_CHARS, CONSOLE_MAX_OUTPUT_CHARS, CONSOLE_MIN_CELL_COST } from '../../../lib/explorer/console-limits.ts';

export type ConsoleValue = string | number | boolean | null;

// DuckDB-WASM hands over batches of its own copy of apache-arrow, so they are described by shape here
// (the type ids are the Arrow format's, the same in every version).
interface ArrowData {
  valueOffsets?: ArrayLike<number | bigint>;
  values?: unknown;
}
interface ArrowVector {
  isValid(index: number): boolean;
  get(index: number): unknown;
  readonly data: readonly ArrowData[];
}
export interface ArrowBatch {
  readonly numRows: number;
  readonly schema: { readonly fields: readonly { readonly type: { readonly typeId: Type } }[] };
  getChildAt(index: number): ArrowVector | null;
}

/** The most bytes CONSOLE_MAX_CELL_CHARS characters can take in UTF-8. */
const MAX_CELL_BYTES = CONSOLE_MAX_CELL_CHARS * 4;
const decoder = new TextDecoder();

/** Cuts a text to the cell limit (without splitting a surrogate pair) and marks the cut. */
export function cutText(text: string): { text: string; cut: boolean } {
  if (text.length <= CONSOLE_MAX_CELL_CHARS) return { text, cut: false };
  let end = CONSOLE_MAX_CELL_CHARS;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return { text: `${text.slice(0, end)}…`, cut: true };
}

/** A value as the console shows it: numbers and text as they are, dates as ISO text, nested values as JSON. */
function plain(value: unknown, type: Type): ConsoleValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' && (type === Type.Date || type === Type.Timestamp)) return new Date(value).toISOString();
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString();
  // Lists, structs and maps: Arrow rows and vectors serialise themselves through toJSON.
  return JSON.stringify(value, (_key, inner: unknown) => (typeof inner === 'bigint' ? inner.toString() : inner));
}

/**
 * A text cell straight from the column's bytes: only the head of a long value is decoded. The head
 * (MAX_CELL_BYTES) always decodes to more than CONSOLE_MAX_CELL_CHARS UTF-16 units when bytes were left
 * out (no character takes more than 3 bytes per unit), so cutText marks it cut.
 */
function textCell(vector: ArrowVector, row: number): { text: string; cut: boolean } | null {
  if (!vector.isValid(row)) return null;
  const data = vector.data[0];
  const offsets = data?.valueOffsets;
  if (offsets === undefined || !(data?.values instanceof Uint8Array)) return cutText(String(vector.get(row)));
  const start = Number(offsets[row]);
  const end = Number(offsets[row + 1]);
  return cutText(decoder.decode(data.values.subarray(start, Math.min(end, start + MAX_CELL_BYTES))));
}

export interface CellReader {
  /** Reads the batch's rows until `rowLimit` rows or the output budget are reached. */
  read(batch: ArrowBatch, rowLimit: number): void;
  rows: ConsoleValue[][];
  /** Why reading stopped early: the row limit or the output budget; null if the result was read whole. */
  limited: 'rows' | 'size' | null;
  /** Whether some value was cut to CONSOLE_MAX_CELL_CHARS. */
  cut: boolean;
}

export function cellReader(): CellReader {
  let budget = CONSOLE_MAX_OUTPUT_CHARS;
  const shownText = (shown: { text: string; cut: boolean }): string => {
    if (shown.cut) reader.cut = true;
    return shown.text;
  };
  const reader: CellReader = {
    rows: [],
    limited: null,
    cut: false,
    read(batch, rowLimit) {
      const columns = batch.schema.fields.map((field, index) => ({ type: field.type.typeId, vector: batch.getChildAt(index) }));
      for (let row = 0; row < batch.numRows; row += 1) {
        if (reader.rows.length >= rowLimit) { reader.limited = 'rows'; return; }
        const cells = columns.map(({ type, vector }): ConsoleValue => {
          if (!vector) return null;
          const value = type === Type.Utf8 || type === Type.LargeUtf8 ? textCell(vector, row) : plain(vector.get(row), type);
          if (value === null || typeof value !== 'object') return typeof value === 'string' ? shownText(cutText(value)) : value;
          return shownText(value);
        });
        budget -= cells.reduce<number>((sum, cell) => sum + Math.max(CONSOLE_MIN_CELL_COST, typeof cell === 'string' ? cell.length : 0), 0);
        if (budget < 0) { reader.limited = 'size'; return; }
        reader.rows.push(cells);
      }
    },
  };
  return reader;
}
