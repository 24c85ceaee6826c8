/** The page's own download of the DuckDB module: every way it can fail is an error, in time. */
import { describe, expect, it } from 'vitest';
import { downloadWasm, type FetchLike } from '../../../src/client/duckdb/wasm-download.ts';

const MODULE = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 9, 9, 9, 9]);
const STALL_MS = 50;

/** A response whose body sends `chunks` and then ends, or stays silent (`then: 'hang'`), or fails. */
function respond(chunks: Uint8Array[], headers: Record<string, string>, then: 'end' | 'hang' | 'fail' = 'end', status = 200): FetchLike {
  return (_url, init) => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk);
        if (then === 'end') controller.close();
        if (then === 'fail') controller.error(new TypeError('network error'));
        init?.signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
      },
    });
    return Promise.resolve(new Response(body, { status, headers }));
  };
}

const noProgress = () => undefined;

describe('downloadWasm', () => {
  it('returns the module as checked, with its progress', async () => {
    const seen: number[] = [];
    const blob = await downloadWasm('/m.wasm', ({ loaded }) => seen.push(loaded), respond([MODULE.subarray(0, 2), MODULE.subarray(2)], { 'content-length': String(MODULE.length) }), STALL_MS);
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(MODULE);
    expect(blob.type).toBe('application/wasm');
    expect(seen).toEqual([0, 2, MODULE.length]);
  });

  it('fails a body shorter than its Content-Length', async () => {
    await expect(downloadWasm('/m.wasm', noProgress, respond([MODULE.subarray(0, 6)], { 'content-length': String(MODULE.length) }), STALL_MS)).rejects.toThrow('arrived incomplete (6 of 12 bytes)');
  });

  it('does not hold a compressed body to its Content-Length (that counts the compressed bytes)', async () => {
    const blob = await downloadWasm('/m.wasm', noProgress, respond([MODULE], { 'content-length': '5', 'content-encoding': 'br' }), STALL_MS);
    expect(blob.size).toBe(MODULE.length);
  });

  it('fails a download that stalls half way, after the stall limit', async () => {
    const started = performance.now();
    await expect(downloadWasm('/m.wasm', noProgress, respond([MODULE.subarray(0, 6)], {}, 'hang'), STALL_MS)).rejects.toThrow('stalled');
    expect(performance.now() - started).toBeLessThan(STALL_MS * 20);
  });

  it('fails a request that never answers', async () => {
    const never: FetchLike = (_url, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    await expect(downloadWasm('/m.wasm', noProgress, never, STALL_MS)).rejects.toThrow('stalled');
  });

  it('fails a broken-off body, an error status and a body that is not WebAssembly', async () => {
    await expect(downloadWasm('/m.wasm', noProgress, respond([MODULE.subarray(0, 6)], {}, 'fail'), STALL_MS)).rejects.toThrow('download failed');
    await expect(downloadWasm('/m.wasm', noProgress, respond([MODULE], {}, 'end', 404), STALL_MS)).rejects.toThrow('HTTP 404');
    await expect(downloadWasm('/m.wasm', noProgress, respond([new TextEncoder().encode('<!doctype html>')], {}), STALL_MS)).rejects.toThrow('not a WebAssembly file');
  });
});
