import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../../scripts/search/static-server.ts';

const site = mkdtempSync(join(tmpdir(), 'static-server-'));
// A file next to the site folder, which no URL may reach.
const outside = join(site, '..', 'outside-the-site.txt');
let server: StaticServer;

/** A raw GET, so that the path is sent exactly as written (fetch would normalise "../"). */
function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  mkdirSync(join(site, 'en', 'search'), { recursive: true });
  writeFileSync(join(site, 'en', 'search', 'index.html'), '<p>search</p>');
  writeFileSync(join(site, '404.html'), '<p>missing</p>');
  writeFileSync(join(site, 'app.js'), 'console.log(1);'.repeat(50));
  writeFileSync(outside, 'secret');
  server = await serveStatic(site, { gzip: true });
});
afterAll(async () => {
  await server.close();
  rmSync(site, { recursive: true, force: true });
  rmSync(outside, { force: true });
});

describe('the static server of the search tests and benchmark', () => {
  it('serves a directory from its index.html', async () => {
    const response = await get('/en/search/?q=x');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body.toString()).toBe('<p>search</p>');
  });

  it('answers unknown paths, and paths that climb out of the site, with the 404 page', async () => {
    expect((await get('/nowhere/')).status).toBe(404);
    // An encoded slash survives URL parsing and only becomes "../" once decoded.
    const escape = await get('/..%2Foutside-the-site.txt');
    expect(escape.status).toBe(404);
    expect(escape.body.toString()).toBe('<p>missing</p>');
  });

  it('compresses text when the browser accepts gzip', async () => {
    const response = await get('/app.js', { 'accept-encoding': 'gzip, br' });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(response.body).toString()).toBe('console.log(1);'.repeat(50));
    expect((await get('/app.js')).headers['content-encoding']).toBeUndefined();
  });
});
