/**
 * The site's own static server: `npm run serve` and `npm start` serve dist/ with it, the browser tests
 * run against it, and the search benchmark and tests serve their sites with it. (`astro preview`
 * answered "/en/..%2f..%2fetc%2fpasswd" with a 500 page carrying a stack trace.)
 *
 * GET and HEAD only. Folders serve their index.html, a folder without its trailing slash redirects to
 * it, and every other path, traversal attempts included (request-path.ts), gets the site's 404.html
 * with status 404. Single byte ranges are honoured (the explorer reads Parquet in ranges). An error
 * while answering is logged and answered 500 without details. With `gzip`, text goes out compressed
 * when the browser accepts it, as static hosts do, so the benchmark measures what a visitor downloads.
 * Every answer carries the headers the site's `_headers` file gives its path (site-headers.ts), as a
 * host that reads the file sends them; the file itself, an instruction to the host, is never served.
 */
import { createReadStream, realpathSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { relative } from 'node:path';
import { createGzip } from 'node:zlib';
import { parseRange } from './byte-range.ts';
import { contentTypeOf, isCompressible } from './content-types.ts';
import { resolveTarget } from './request-path.ts';
import { loadSiteHeaders, type SiteHeaders } from './site-headers.ts';

export interface StaticServer {
  /** e.g. "http://127.0.0.1:41234" */
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** 0 picks a free port. */
  port?: number;
  /** 127.0.0.1 unless told otherwise: a preview is not meant for the network. */
  host?: string;
  gzip?: boolean;
}

const BASE_HEADERS = { 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' } as const;
/** Files of the build that instruct the host (Cloudflare Pages and Netlify read them), not content. */
const HOST_FILES = new Set(['_headers', '_redirects']);

function sendFile(request: IncomingMessage, response: ServerResponse, file: string, status: number, gzipAllowed: boolean, fromSite: Record<string, string>): void {
  const size = statSync(file).size;
  const headers: Record<string, string | number> = { ...BASE_HEADERS, ...fromSite, 'content-type': contentTypeOf(file) };
  const range = status === 200 ? parseRange(request.headers.range, size) : { kind: 'whole' as const };
  if (status === 200) headers['accept-ranges'] = 'bytes';
  if (range.kind === 'unsatisfiable') {
    response.writeHead(416, { ...BASE_HEADERS, ...fromSite, 'content-range': `bytes */${size}` }).end();
    return;
  }
  const gzip = gzipAllowed && range.kind === 'whole' && isCompressible(file) && /\bgzip\b/u.test(request.headers['accept-encoding'] ?? '');
  if (gzip) headers['content-encoding'] = 'gzip';
  else headers['content-length'] = range.kind === 'part' ? range.end - range.start + 1 : size;
  if (range.kind === 'part') headers['content-range'] = `bytes ${range.start}-${range.end}/${size}`;
  response.writeHead(range.kind === 'part' ? 206 : status, headers);
  if (request.method === 'HEAD' || size === 0) {
    response.end();
    return;
  }
  const stream = createReadStream(file, range.kind === 'part' ? { start: range.start, end: range.end } : {});
  // A file that vanishes or cannot be read mid-answer ends the connection instead of the process.
  stream.on('error', (error) => {
    console.error(`serve: reading ${file}: ${error.message}`);
    response.destroy();
  });
  (gzip ? stream.pipe(createGzip()) : stream).pipe(response);
}

interface Site {
  root: string;
  notFound: string | undefined;
  headers: SiteHeaders;
}

function answer(site: Site, gzip: boolean, request: IncomingMessage, response: ServerResponse): void {
  const fromSite = site.headers((request.url ?? '/').split(/[?#]/u, 1)[0] ?? '/');
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { ...BASE_HEADERS, ...fromSite, allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('Method not allowed\n');
    return;
  }
  const target = resolveTarget(site.root, request.url ?? '/');
  if (target.kind === 'file' && !HOST_FILES.has(relative(site.root, target.file))) return sendFile(request, response, target.file, 200, gzip, fromSite);
  if (target.kind === 'redirect') {
    response.writeHead(301, { ...BASE_HEADERS, ...fromSite, location: target.location }).end();
    return;
  }
  if (site.notFound) return sendFile(request, response, site.notFound, 404, gzip, fromSite);
  response.writeHead(404, { ...BASE_HEADERS, ...fromSite, 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
}

export function serveStatic(siteDir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const root = realpathSync(siteDir);
  const notFoundTarget = resolveTarget(root, '/404.html');
  const site: Site = { root, notFound: notFoundTarget.kind === 'file' ? notFoundTarget.file : undefined, headers: loadSiteHeaders(root) };
  const server = createServer((request, response) => {
    try {
      answer(site, options.gzip === true, request, response);
    } catch (error) {
      // Never a stack trace to the client; the operator sees it in the log.
      console.error(`serve: ${request.method ?? '?'} ${request.url ?? '?'}:`, error);
      if (response.headersSent) response.destroy();
      else response.writeHead(500, { ...BASE_HEADERS, 'content-type': 'text/plain; charset=utf-8' }).end('Internal server error\n');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      const { address, port } = server.address() as AddressInfo;
      const host = address.includes(':') ? `[${address}]` : address;
      resolvePromise({
        url: `http://${host}:${port}`,
        close: () => new Promise((done) => {
          server.closeAllConnections();
          server.close(() => done());
        }),
      });
    });
  });
}
