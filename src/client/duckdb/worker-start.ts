/**
 * Starts DuckDB's worker from a blob: URL instead of its own URL. A worker loaded from a URL gets the
 * Content-Security-Policy of that script's HTTP response, which a static host does not send (the
 * page's policy is a <meta> tag): from inside such a worker, a fetch to any origin went out. A worker
 * whose script is a blob: URL inherits the page's policy instead, so connect-src 'self' (and the rest)
 * holds inside DuckDB's worker too, on any host. The blob's script only loads DuckDB's worker script
 * (from this origin, as script-src allows) and forwards a promise DuckDB leaves unhandled (its wasm
 * compile) as an error the page sees, instead of a start that never settles.
 */

/** The worker's bootstrap: report an unhandled rejection as an uncaught error, then run DuckDB's script. */
function bootstrap(scriptUrl: string): string {
  return [
    "self.addEventListener('unhandledrejection', (event) => {",
    '  const reason = event.reason;',
    "  throw reason instanceof Error ? reason : new Error(String(reason));",
    '});',
    `importScripts(${JSON.stringify(scriptUrl)});`,
  ].join('\n');
}

/** A dedicated worker running DuckDB's worker script under the page's policy; `release` frees the blob: URL. */
export function startDuckDbWorker(workerUrl: string): { worker: Worker; release: () => void } {
  // In a blob: worker, relative URLs would resolve against the blob, so the script's URL is absolute.
  const absolute = new URL(workerUrl, document.baseURI).href;
  const blobUrl = URL.createObjectURL(new Blob([bootstrap(absolute)], { type: 'text/javascript' }));
  // Kept until the worker has answered (the caller releases it then): revoked at once, it could race
  // the worker's own fetch of its script.
  return { worker: new Worker(blobUrl), release: () => URL.revokeObjectURL(blobUrl) };
}
