/**
 * The published figures' part of public/data/representation/representation.json, next to the rank
 * table's rows, and the one rule for a figure's source link: its own URL, else its publication's URL,
 * else the publication's page on the portal. Pure; used by the pipeline and the pages.
 */
import { figuresTable } from '../data-layout.ts';
import { REPRESENTATION_ID, type RepresentationDataset, type SourcePublication } from '../downloads/representation-dataset.ts';
import type { FigureVocabulary, PublishedFigure } from './figure-schema.ts';

/** Name of the figures table in the downloads (CSV, Parquet, datapackage resource). */
export const FIGURES_TABLE = figuresTable(REPRESENTATION_ID);

export interface FiguresPart {
  /** Institutions, groups, levels and conflict groups with their names in three languages. */
  figureVocabulary: FigureVocabulary;
  /** Every figure, in the order of figures.csv. */
  figures: PublishedFigure[];
}

export type RepresentationDatasetWithFigures = RepresentationDataset & FiguresPart;

/**
 * The figures of a representation.json read by a page. The reader of that file is shared with the
 * dataset page and typed without figures, so the figures are checked for here: a stale file from
 * before the figures existed fails loudly instead of rendering a page without them.
 */
export function figuresPart(dataset: RepresentationDataset): FiguresPart {
  const candidate = dataset as Partial<RepresentationDatasetWithFigures>;
  if (!Array.isArray(candidate.figures) || candidate.figureVocabulary === undefined) {
    throw new Error('representation.json has no published figures. Run `npm run data`.');
  }
  return { figures: candidate.figures, figureVocabulary: candidate.figureVocabulary };
}

/** Where a figure's source is: an absolute URL. `portalPage` gives the portal's page of a publication. */
export function figureSourceUrl(figure: PublishedFigure, publications: readonly SourcePublication[], portalPage: (publicationId: string) => string): string {
  if (figure.sourceUrl !== undefined) return figure.sourceUrl;
  if (figure.publication === undefined) throw new Error(`figure ${figure.figureId} has no source`);
  const id = figure.publication;
  return publications.find((publication) => publication.id === id)?.url ?? portalPage(id);
}
