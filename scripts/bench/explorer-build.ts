/**
 * Builds the benchmark's harness page (scripts/bench/explorer-harness/) with Vite into a folder of
 * its own, served under /__bench/ next to the built site. It never goes into the site's dist/.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const HARNESS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'explorer-harness');
export const HARNESS_BASE = '/__bench/';

export async function buildHarness(outDir: string): Promise<void> {
  await build({
    root: HARNESS_DIR,
    base: HARNESS_BASE,
    logLevel: 'error',
    configFile: false,
    build: { outDir, emptyOutDir: true, assetsInlineLimit: 0, chunkSizeWarningLimit: 4096 },
  });
}
