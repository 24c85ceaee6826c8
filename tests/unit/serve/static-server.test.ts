/** The site's static server: folders, 404s for every way out of the site, ranges, methods, errors, _headers. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { serveStatic, type StaticServer } from '../../../scripts/serve/static-server.ts';

const work = mkdtempSync(join(tmpdir(), 'static-server-'));
const site = join(work, 'site');
// Files next to the site folder, which no URL may reach.
const outside = join(work, 'outside-the-site.txt');
const sibling = join(work, 'site-sibling');
let server: StaticServer;

interface Answer { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }

/** A raw request, so that the path is sent exactly as written (fetch would normalise "../"). */
function send(path: string, headers: Record<string, string> = {}, method = 'GET', target = server): Promise<Answer> {
  const url = new URL(target.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, headers, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const DATA = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 251));

beforeAll(async () => {
  mkdirSync(join(site, 'en', 'search'), { recursive: true });
  mkdirSync(sibling, { recursive: true });
  writeFileSync(join(site, 'index.html'), '<p>home</p>');
  writeFileSync(join(site, 'en', 'search', 'index.html'), '<p>search</p>');
  writeFileSync(join(site, '404.html'), '<p>missing</p>');
  writeFileSync(join(site, 'app.js'), 'console.log(1);'.repeat(50));
  writeFileSync(join(site, 'data.parquet'), DATA);
  writeFileSync(join(site, 'cite.ris'), 'TY  - DATA\r\nER  - \r\n');
  writeFileSync(join(site, '_headers'), '/*\n  Referrer-Policy: same-origin\n/en/*\n  X-Lang: en\n');
  writeFileSync(outside, 'secret');
  writeFileSync(join(sibling, 'secret.txt'), 'secret');
  symlinkSync(outside, join(site, 'link-out.txt'));
  server = await serveStatic(site, { gzip: true });
});
afterAll(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the site\'s static server', () => {
  it('serves a folder from its index.html, with its type', async () => {
    const response = await send('/en/search/?q=x');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.body.toString()).toBe('<p>search</p>');
    expect((await send('/cite.ris')).headers['content-type']).toBe('application/x-research-info-systems; charset=utf-8');
  });

  it('sends a folder asked for without its slash to the address with it, on this site only', async () => {
    const response = await send('/en/search?q=x');
    expect(response.status).toBe(301);
    expect(response.headers['location']).toBe('/en/search/?q=x');
    // Doubled slashes would make a protocol-relative address of another host.
    expect((await send('//en')).headers['location']).toBe('/en/');
  });

  const escapes = [
    '/en/..%2f..%2f..%2fetc%2fpasswd',
    '/en/..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd',
    '/..%2Foutside-the-site.txt',
    '/%2e%2e/outside-the-site.txt',
    '/%2e%2e%2foutside-the-site.txt',
    '/en/%2e%2e/%2e%2e/outside-the-site.txt',
    '/../outside-the-site.txt',
    '/en/../../outside-the-site.txt',
    '/..%5coutside-the-site.txt',
    '/%2e%2e%5c%2e%2e%5cetc%5cpasswd',
    '/..%252foutside-the-site.txt',
    '/%c0%ae%c0%ae/outside-the-site.txt',
    '/en/%00../../outside-the-site.txt',
    '/app.js%00.html',
    '/%E0%A4%A',
    '/../site-sibling/secret.txt',
    '/link-out.txt',
    'http://127.0.0.1/../../etc/passwd',
  ];
  for (const path of escapes) {
    it(`answers ${path} with the 404 page, never a 500 or a file outside the site`, async () => {
      const response = await send(path);
      expect(response.status).toBe(404);
      expect(response.body.toString()).toBe('<p>missing</p>');
    });
  }

  it('honours a single byte range, as the explorer\'s Parquet reader asks', async () => {
    const head = await send('/data.parquet', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe('1000');
    expect(head.headers['accept-ranges']).toBe('bytes');
    expect(head.body.length).toBe(0);
    const part = await send('/data.parquet', { range: 'bytes=100-199' });
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toBe('bytes 100-199/1000');
    expect(part.body.equals(DATA.subarray(100, 200))).toBe(true);
    const tail = await send('/data.parquet', { range: 'bytes=-8' });
    expect(tail.headers['content-range']).toBe('bytes 992-999/1000');
    expect(tail.body.equals(DATA.subarray(992))).toBe(true);
    expect((await send('/data.parquet', { range: 'bytes=990-' })).body.length).toBe(10);
    expect((await send('/data.parquet', { range: 'bytes=5000-6000' })).status).toBe(416);
    // Several ranges are not supported: the whole file, which the standard allows.
    const whole = await send('/data.parquet', { range: 'bytes=0-1,5-6' });
    expect(whole.status).toBe(200);
    expect(whole.body.length).toBe(1000);
  });

  it('sends the headers the site\'s _headers file gives each path, and never the file itself', async () => {
    expect((await send('/app.js')).headers['referrer-policy']).toBe('same-origin');
    expect((await send('/en/search/')).headers['x-lang']).toBe('en');
    expect((await send('/en/search')).headers['x-lang']).toBe('en');
    expect((await send('/nowhere/')).headers['referrer-policy']).toBe('same-origin');
    expect((await send('/app.js')).headers['x-lang']).toBeUndefined();
    const hidden = await send('/_headers');
    expect(hidden.status).toBe(404);
    expect(hidden.body.toString()).toBe('<p>missing</p>');
  });

  it('answers only GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      const response = await send('/index.html', {}, method);
      expect(response.status, method).toBe(405);
      expect(response.headers['allow']).toBe('GET, HEAD');
    }
  });

  it('compresses text when the browser accepts gzip', async () => {
    const response = await send('/app.js', { 'accept-encoding': 'gzip, br' });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(response.body).toString()).toBe('console.log(1);'.repeat(50));
    expect((await send('/app.js')).headers['content-encoding']).toBeUndefined();
  });

  it('answers a failure with a bare 500, no stack trace, and keeps serving', async () => {
    const fragile = join(work, 'fragile');
    mkdirSync(fragile);
    writeFileSync(join(fragile, '404.html'), 'gone soon');
    const local = await serveStatic(fragile);
    rmSync(join(fragile, '404.html'));
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const response = await send('/nowhere/', {}, 'GET', local);
      expect(response.status).toBe(500);
      expect(response.body.toString()).toBe('Internal server error\n');
      expect(response.body.toString()).not.toMatch(/at |Error|\//u);
      writeFileSync(join(fragile, 'index.html'), 'back');
      expect((await send('/', {}, 'GET', local)).body.toString()).toBe('back');
      // The operator's log has the details.
      expect(String(log.mock.calls[0]?.[0])).toContain('GET /nowhere/');
    } finally {
      log.mockRestore();
      await local.close();
    }
  });
});
