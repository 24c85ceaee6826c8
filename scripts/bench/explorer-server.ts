/**
 * A static file server for the benchmark: the built site at /, the harness at /__bench/, generated
 * data at /__bench-data/. It honours single HTTP ranges (bytes=a-b, a-, -n) and counts the body bytes
 * it sends per path, which is what "bytes transferred" means in the benchmark.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseRange } from '../serve/byte-range.ts';
import { contentTypeOf } from '../serve/content-types.ts';
import { pathSegments } from '../serve/request-path.ts';

export interface BenchServer {
  origin: string;
  /** Body bytes sent per URL path since the last reset. */
  bytes: Map<string, number>;
  close(): Promise<void>;
}

/** Mount points, most specific first: URL prefix → folder. */
export type Mounts = [prefix: string, folder: string][];

async function resolveFile(mounts: Mounts, urlPath: string): Promise<string | undefined> {
  for (const [prefix, folder] of mounts) {
    if (!urlPath.startsWith(prefix)) continue;
    // The site server's decoding: no "..", however encoded, so the candidate stays inside the folder.
    const segments = pathSegments(`/${urlPath.slice(prefix.length)}`);
    if (segments === null) return undefined;
    const candidate = path.join(path.resolve(folder), ...segments);
    for (const file of [candidate, path.join(candidate, 'index.html')]) {
      const info = await stat(file).catch(() => undefined);
      if (info?.isFile()) return file;
    }
  }
  return undefined;
}

export async function startBenchServer(mounts: Mounts): Promise<BenchServer> {
  const bytes = new Map<string, number>();
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const urlPath = (request.url ?? '/').split(/[?#]/u, 1)[0] ?? '/';
    const file = await resolveFile(mounts, urlPath);
    if (!file) { response.writeHead(404).end('not found'); return; }
    const size = (await stat(file)).size;
    const headers: Record<string, string | number> = { 'Content-Type': contentTypeOf(file), 'Accept-Ranges': 'bytes' };
    let range = { start: 0, end: size - 1 };
    let status = 200;
    const asked = parseRange(request.headers.range, size);
    if (asked.kind === 'unsatisfiable') {
      response.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
      return;
    }
    if (asked.kind === 'part') {
      range = asked;
      status = 206;
      headers['Content-Range'] = `bytes ${range.start}-${range.end}/${size}`;
    }
    headers['Content-Length'] = Math.max(0, range.end - range.start + 1);
    response.writeHead(status, headers);
    if (request.method === 'HEAD' || size === 0) { response.end(); return; }
    bytes.set(urlPath, (bytes.get(urlPath) ?? 0) + range.end - range.start + 1);
    createReadStream(file, range).pipe(response);
  };
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => response.writeHead(500).end(String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    bytes,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
