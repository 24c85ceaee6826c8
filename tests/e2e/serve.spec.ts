/**
 * `npm run serve` (which these tests run against, see playwright.config.ts): addresses that try to
 * climb out of the site get the site's 404 page, never a 500 with a stack trace or a file from outside.
 */
import { request } from 'node:http';
import { test, expect } from '@playwright/test';

/** A raw GET, so that the path reaches the server exactly as written. */
function get(baseURL: string, path: string): Promise<{ status: number; body: string }> {
  const url = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const TRAVERSALS = [
  '/en/..%2f..%2f..%2fetc%2fpasswd',
  '/en/..%2f..%2fpackage.json',
  '/..%2fpackage.json',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/en/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '/sq/..%5c..%5cpackage.json',
  '/sr/%00/../../package.json',
  '/en/%E0%A4%A',
];

for (const path of TRAVERSALS) {
  test(`${path} answers 404 with the site's 404 page`, async ({ baseURL }) => {
    const response = await get(baseURL ?? '', path);
    expect(response.status).toBe(404);
    expect(response.body).toContain('data-page-type="not-found"');
    expect(response.body).not.toMatch(/root:|"devDependencies"|Error|\bat [\w.]+ \(/u);
  });
}

test('pages, their addresses without the slash, and the data in byte ranges are served', async ({ baseURL, request: http }) => {
  expect((await http.get('/en/about/')).status()).toBe(200);
  const redirect = await http.get('/en/about', { maxRedirects: 0 });
  expect(redirect.status()).toBe(301);
  expect(redirect.headers()['location']).toBe('/en/about/');
  const part = await http.get('/data/wbsb/wbsb.parquet', { headers: { Range: 'bytes=0-3' } });
  expect(part.status()).toBe(206);
  expect((await part.body()).toString('latin1')).toBe('PAR1');
  expect(baseURL).toMatch(/^http:\/\/127\.0\.0\.1:/u);
});
