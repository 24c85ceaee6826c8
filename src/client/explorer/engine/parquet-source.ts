/**
 * The Parquet file as hyparquet's AsyncBuffer, read with HTTP range requests, counting the bytes that
 * arrive and telling a failed request (parquet-failed) from a file that arrived short (parquet-truncated).
 *
 * The size comes from a HEAD request: suffix ranges (`bytes=-N`) would save it, but common static
 * servers (sirv, behind `astro preview`) answer them with the file's first bytes. A server that ignores
 * Range and sends the whole file is handled: the whole body is kept and every later slice comes from it.
 */
import type { AsyncBuffer } from 'hyparquet';
import { EngineError, messageOf } from './engine-errors.ts';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

function failed(message: string, cause?: unknown): EngineError {
  return new EngineError('columns', 'parquet-failed', message, { cause });
}

function truncated(message: string): EngineError {
  return new EngineError('columns', 'parquet-truncated', message);
}

async function request(fetchImpl: FetchLike, url: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetchImpl(url, init);
  } catch (error) {
    throw failed(`The data file could not be fetched: ${messageOf(error)}`, error);
  }
  if (response.status !== 200 && response.status !== 206) throw failed(`The data file could not be fetched (HTTP ${response.status})`);
  return response;
}

async function bodyOf(response: Response): Promise<ArrayBuffer> {
  try {
    return await response.arrayBuffer();
  } catch (error) {
    // The connection broke while the body was arriving.
    throw truncated(`The data file arrived incomplete: ${messageOf(error)}`);
  }
}

export class RangeFile implements AsyncBuffer {
  /** Bytes of response bodies received so far. */
  bytesFetched = 0;
  readonly byteLength: number;
  private readonly url: string;
  private readonly fetchImpl: FetchLike;
  /** The whole file, once a server has sent it all (ignoring Range). */
  private whole: ArrayBuffer | undefined;

  private constructor(url: string, byteLength: number, fetchImpl: FetchLike) {
    this.url = url;
    this.byteLength = byteLength;
    this.fetchImpl = fetchImpl;
  }

  static async open(url: string, fetchImpl: FetchLike = (input, init) => fetch(input, init)): Promise<RangeFile> {
    const head = await request(fetchImpl, url, { method: 'HEAD' });
    const length = Number(head.headers.get('content-length'));
    if (Number.isSafeInteger(length) && length > 0) return new RangeFile(url, length, fetchImpl);
    // No usable size (e.g. a compressing server): fetch the file once and read from memory.
    const response = await request(fetchImpl, url, {});
    const body = await bodyOf(response);
    const file = new RangeFile(url, body.byteLength, fetchImpl);
    file.bytesFetched = body.byteLength;
    file.whole = body;
    return file;
  }

  async slice(start: number, end: number = this.byteLength): Promise<ArrayBuffer> {
    if (start < 0 || end > this.byteLength || start > end) throw truncated(`Read outside the data file (${start}-${end} of ${this.byteLength} bytes)`);
    if (this.whole) return this.whole.slice(start, end);
    if (start === end) return new ArrayBuffer(0);
    const response = await request(this.fetchImpl, this.url, { headers: { Range: `bytes=${start}-${end - 1}` } });
    const body = await bodyOf(response);
    this.bytesFetched += body.byteLength;
    if (response.status === 200) {
      // The server ignored the range and sent the file: it must be the whole file.
      if (body.byteLength !== this.byteLength) throw truncated(`The data file has ${body.byteLength} bytes instead of ${this.byteLength}`);
      this.whole = body;
      return body.slice(start, end);
    }
    const range = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(response.headers.get('content-range') ?? '');
    if (!range || Number(range[1]) !== start || body.byteLength !== end - start) {
      throw truncated(`The data file sent ${body.byteLength} bytes for range ${start}-${end - 1}`);
    }
    return body;
  }
}
