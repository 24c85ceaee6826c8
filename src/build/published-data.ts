/**
 * Build-time access to KCSS's published figures (public/data/published/published.json, written by the
 * pipeline from data/published/). Read once per build. Node only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataPaths } from '../lib/data-layout.ts';
import type { ComparisonRow, CountrySummary } from '../lib/published/comparison.ts';
import { PUBLISHED_ID, type PublishedFigure } from '../lib/published/figures.ts';
import { dataDir } from './survey-data.ts';

let figures: PublishedFigure[] | undefined;

export function readPublishedFigures(): PublishedFigure[] {
  if (figures) return figures;
  const file = join(dataDir(), dataPaths.json(PUBLISHED_ID));
  if (!existsSync(file)) throw new Error(`${file} is missing. Run \`npm run data\` to generate public/data before building the site.`);
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { figures?: unknown };
  if (!Array.isArray(parsed.figures)) throw new Error(`${file} has no figures list; run \`npm run data\` again.`);
  figures = parsed.figures as PublishedFigure[];
  return figures;
}

/** The published figures of one question. */
export function publishedFiguresOf(question: string): PublishedFigure[] {
  return readPublishedFigures().filter((figure) => figure.question === question);
}

export interface ComparisonFile {
  flagAbovePoints: number;
  rows: (ComparisonRow & { wave: number })[];
  summary: CountrySummary[];
}

let comparisonFile: ComparisonFile | undefined;

/** public/data/published/comparison.json: KCSS's figures beside the portal's recomputed values. */
export function readComparison(): ComparisonFile {
  if (comparisonFile) return comparisonFile;
  const file = join(dataDir(), dataPaths.comparison(PUBLISHED_ID));
  if (!existsSync(file)) throw new Error(`${file} is missing. Run \`npm run data\` to generate public/data before building the site.`);
  comparisonFile = JSON.parse(readFileSync(file, 'utf8')) as ComparisonFile;
  return comparisonFile;
}
