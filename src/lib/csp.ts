/**
 * The Content-Security-Policy of every page, delivered as a <meta http-equiv> tag so it holds on any
 * static host. No inline scripts and no eval: every script is a file from this origin. WebAssembly
 * (DuckDB, Pagefind) needs 'wasm-unsafe-eval'. DuckDB's worker starts from a blob: URL so that it
 * inherits this policy (src/client/duckdb/worker-start.ts), and it reads the wasm module the page
 * downloaded and checked from a blob: URL, hence blob: in worker-src and connect-src (blob: URLs are
 * made by this origin's own scripts; no other origin is reachable). Inline styles are allowed because
 * Observable Plot writes style attributes into the SVGs it draws.
 * frame-ancestors cannot be set from a meta tag: public/_headers sends it as an HTTP header.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'connect-src': "'self' blob:",
  'worker-src': "'self' blob:",
  'frame-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

export function contentSecurityPolicy(): string {
  return Object.entries(CSP_DIRECTIVES).map(([name, value]) => `${name} ${value}`).join('; ');
}
