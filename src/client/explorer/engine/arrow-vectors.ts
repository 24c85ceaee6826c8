/**
 * Arrow vectors built directly from their buffers. Arrow's builders (vectorFromArray) compile a null
 * check with `new Function`, which the site's CSP forbids, so text columns and columns with missing
 * values (null) are laid out here by hand: values, offsets for text, and a validity bitmap.
 */
import { Float64, Int32, makeData, makeVector, Utf8, type Vector } from 'apache-arrow';

/** Arrow's validity bitmap (bit i set when value i is present), or undefined when nothing is missing. */
function validity(values: readonly unknown[]): { nullBitmap: Uint8Array | undefined; nullCount: number } {
  const nullCount = values.reduce<number>((count, value) => count + (value === null ? 1 : 0), 0);
  if (nullCount === 0) return { nullBitmap: undefined, nullCount };
  const nullBitmap = new Uint8Array(Math.ceil(values.length / 8));
  values.forEach((value, index) => {
    if (value !== null) nullBitmap[index >> 3] = (nullBitmap[index >> 3] ?? 0) | (1 << (index & 7));
  });
  return { nullBitmap, nullCount };
}

/** A text column as Arrow's UTF-8 layout (offsets + bytes); null for a missing value. */
export function utf8Vector(values: readonly (string | null)[]): Vector {
  const encoder = new TextEncoder();
  const encoded = values.map((value) => encoder.encode(value ?? ''));
  const valueOffsets = new Int32Array(values.length + 1);
  for (let index = 0; index < encoded.length; index += 1) valueOffsets[index + 1] = (valueOffsets[index] ?? 0) + (encoded[index]?.length ?? 0);
  const bytes = new Uint8Array(valueOffsets[values.length] ?? 0);
  encoded.forEach((value, index) => bytes.set(value, valueOffsets[index] ?? 0));
  return makeVector(makeData({ type: new Utf8(), length: values.length, ...validity(values), valueOffsets, data: bytes }));
}

/** A 32-bit integer column; null for a missing value. */
export function int32Vector(values: readonly (number | null)[]): Vector {
  const data = Int32Array.from(values, (value) => value ?? 0);
  return makeVector(makeData({ type: new Int32(), length: values.length, ...validity(values), data }));
}

/** A double column; null for a missing value. */
export function float64Vector(values: readonly (number | null)[]): Vector {
  const data = Float64Array.from(values, (value) => value ?? 0);
  return makeVector(makeData({ type: new Float64(), length: values.length, ...validity(values), data }));
}
