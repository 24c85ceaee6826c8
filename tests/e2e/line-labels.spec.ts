/**
 * Every line chart the build renders (indicator pages, topic and home cards, the explorer's default
 * view, in every language): each end label sits at its own series' last point, or a leader line of
 * its series leads back to it, and is in its series' colour (support/line-labels.ts says how).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { expect, test } from '@playwright/test';
import { lineLabelProblems } from './support/line-labels.ts';

const DIST = process.env['E2E_DIST'] ?? join(process.cwd(), 'dist');

function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === 'data' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

test('every built line chart labels each line at its own end', () => {
  let charts = 0;
  const problems: string[] = [];
  for (const file of htmlFiles(DIST)) {
    const html = readFileSync(file, 'utf8');
    // Only line charts tag their dots with a wave.
    if (!html.includes('data-wave=')) continue;
    const { document } = parseHTML(html);
    for (const svg of document.querySelectorAll('svg')) {
      if (!svg.querySelector('[data-wave]')) continue;
      charts += 1;
      problems.push(...lineLabelProblems(svg).map((problem) => `${file.slice(DIST.length)}: ${problem}`));
    }
  }
  expect(problems).toEqual([]);
  // The indicator pages alone have dozens in each language: an empty scan would prove nothing.
  expect(charts).toBeGreaterThan(50);
});
