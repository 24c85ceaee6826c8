/**
 * The DuckDB module fetched by the page itself, before the worker gets it. DuckDB-WASM's worker
 * compiles the module it downloads with an unguarded instantiateStreaming: a download that breaks
 * off, stalls or arrives short left instantiate() pending until a two-minute start limit ran out.
 * Here every failure is seen at once, or within STALL_LIMIT_MS when bytes stop coming:
 *
 * - an HTTP error status or a network error (the connection reset or refused) fails the download;
 * - no byte for STALL_LIMIT_MS, before the response or between chunks, aborts it (a slow but moving
 *   download is never cut: the limit is on silence, not on the total time);
 * - a body shorter or longer than its Content-Length fails it (when the body is not compressed in
 *   transit, the only case in which that header counts the bytes the page receives);
 * - a body that does not start with WebAssembly's magic number (an HTML error page served as 200) fails it.
 *
 * The module is handed to the worker as a blob: URL of the bytes received, so the worker compiles
 * exactly what was checked.
 */
import { EngineError } from '../explorer/engine/engine-errors.ts';

/** The longest silence a download may have: no response headers, or no bytes, for this long. */
export const STALL_LIMIT_MS = 8_000;

const WASM_MAGIC = [0x00, 0x61, 0x73, 0x6d];

export interface DownloadProgress {
  loaded: number;
  /** 0 when the size is not known in advance (a compressed transfer). */
  total: number;
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** Every failure of the download is the engine's one error kind for it: the page shows its WASM message and Retry. */
function downloadError(message: string, options?: { cause?: unknown }): EngineError {
  return new EngineError('wasm', 'wasm-failed', message, options);
}

/** Content-Length when it counts the body as the page reads it: only for an uncompressed transfer. */
function declaredLength(response: Response): number | null {
  const encoding = (response.headers.get('content-encoding') ?? '').trim().toLowerCase();
  if (encoding !== '' && encoding !== 'identity') return null;
  const length = Number(response.headers.get('content-length') ?? '');
  return Number.isInteger(length) && length > 0 ? length : null;
}

/** Whether the bytes begin with "\0asm" (read across chunks: the first may be tiny). */
function startsLikeWasm(chunks: readonly Uint8Array[]): boolean {
  const head: number[] = [];
  for (const chunk of chunks) {
    for (const byte of chunk.subarray(0, WASM_MAGIC.length - head.length)) head.push(byte);
    if (head.length === WASM_MAGIC.length) break;
  }
  return head.length === WASM_MAGIC.length && WASM_MAGIC.every((byte, index) => head[index] === byte);
}

/** Downloads the module, checking it as it comes; resolves with its bytes as an application/wasm Blob. */
export async function downloadWasm(url: string, onProgress: (progress: DownloadProgress) => void, fetchImpl: FetchLike = (input, init) => fetch(input, init), stallMs = STALL_LIMIT_MS): Promise<Blob> {
  const controller = new AbortController();
  let stalled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const watch = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      stalled = true;
      controller.abort();
    }, stallMs);
  };
  watch();
  try {
    const response = await fetchImpl(url, { signal: controller.signal, credentials: 'same-origin' });
    if (!response.ok || response.body === null) throw downloadError(`The DuckDB module could not be fetched (HTTP ${response.status})`);
    const total = declaredLength(response);
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let loaded = 0;
    onProgress({ loaded, total: total ?? 0 });
    for (;;) {
      watch();
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      loaded += value.byteLength;
      onProgress({ loaded, total: total ?? 0 });
    }
    if (total !== null && loaded !== total) throw downloadError(`The DuckDB module arrived incomplete (${loaded} of ${total} bytes)`);
    if (!startsLikeWasm(chunks)) throw downloadError('The DuckDB module is not a WebAssembly file');
    return new Blob(chunks as BlobPart[], { type: 'application/wasm' });
  } catch (error) {
    if (stalled) throw downloadError(`The DuckDB module download stalled (no data for ${stallMs / 1000} s)`, { cause: error });
    if (error instanceof EngineError) throw error;
    throw downloadError(`The DuckDB module download failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}
