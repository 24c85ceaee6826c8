/**
 * Which built HTML pages go into the search index: every page except the search pages themselves,
 * the 404 page, the language chooser at / and chart embeds (which have no text of their own).
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Site-relative paths (with "/") that are never indexed. */
const EXCLUDED = [/^404\.html$/u, /^index\.html$/u, /^[a-z]{2}\/search\//u, /(^|\/)embed\//u, /^(_astro|pagefind|data)\//u];

export function isIndexable(sitePath: string): boolean {
  return sitePath.endsWith('.html') && !EXCLUDED.some((pattern) => pattern.test(sitePath));
}

/** Every indexable HTML file under `siteDir`, as site-relative paths with "/", sorted. */
export function indexableHtmlFiles(siteDir: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else found.push(relative(siteDir, full).split(sep).join('/'));
    }
  };
  walk(siteDir);
  return found.filter(isIndexable).sort();
}
