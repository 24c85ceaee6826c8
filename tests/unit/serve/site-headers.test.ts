/** public/_headers as a static host reads it: the headers every path gets, kept equal to src/lib/csp.ts. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaderRules } from '../../../scripts/serve/site-headers.ts';
import { contentSecurityPolicy } from '../../../src/lib/csp.ts';
import { LANGS } from '../../../src/lib/i18n-langs.ts';

const rules = parseHeaderRules(readFileSync('public/_headers', 'utf8'), 'public/_headers');
const SECURITY = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'strict-origin-when-cross-origin' };

describe('public/_headers', () => {
  it('gives every page the pages\' policy with frame-ancestors \'self\', nosniff and the referrer policy', () => {
    for (const path of ['/', '/404.html', '/en/', '/sq/explore/', '/sr/indicators/trust_police/', '/en/embedded/', '/_astro/app.js', '/data/wbsb/wbsb.parquet']) {
      expect(headersFor(rules, path), path).toEqual({ 'content-security-policy': `${contentSecurityPolicy()}; frame-ancestors 'self'`, ...SECURITY });
    }
  });

  it('lets any site frame the embeds, in every language, with the same policy otherwise', () => {
    for (const lang of LANGS) {
      for (const path of [`/${lang}/embed/`, `/${lang}/embed/index.html`]) {
        expect(headersFor(rules, path), path).toEqual({ 'content-security-policy': contentSecurityPolicy(), ...SECURITY });
      }
    }
  });
});

describe('the _headers reader', () => {
  it('applies every matching rule in order, joins repeated headers, and detaches with "! Name"', () => {
    const parsed = parseHeaderRules(['# c', '/*', '  X-A: 1', '  X-B: 1', '', '/docs/:page', '  X-A: 2', '  ! X-B', '  X-B: 2'].join('\n'));
    expect(headersFor(parsed, '/docs/intro')).toEqual({ 'x-a': '1, 2', 'x-b': '2' });
    expect(headersFor(parsed, '/docs/intro/more')).toEqual({ 'x-a': '1', 'x-b': '1' });
  });

  it('names the line of anything it cannot read', () => {
    expect(() => parseHeaderRules('  X-A: 1')).toThrow('_headers:1: a header before any path');
    expect(() => parseHeaderRules('/*\n  just words')).toThrow('_headers:2: expected "Name: value" or "! Name"');
    expect(() => parseHeaderRules('docs/*')).toThrow('_headers:1: a rule starts with a path');
  });
});
