/**
 * public/data/representation/representation.json: the representation tables as the site reads them
 * (the validated rows with rank labels, the metadata, the sources with their publication details, the
 * release), written by the pipeline and read by the representation and dataset pages.
 */
import type { RepresentationMetadata, RepresentationRow } from '../representation/schema.ts';
import type { Trilingual } from './variables.ts';

export const REPRESENTATION_ID = 'representation';

/** What a page needs of a source publication. */
export interface SourcePublication {
  id: string;
  title: Trilingual;
  /** Title as published, in its own language. */
  originalTitle: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  authors: string[];
  url?: string;
}

export interface RepresentationRelease {
  version: string;
  /** Newest first. */
  changelog: { version: string; date: string; text: Trilingual }[];
}

export interface RepresentationDataset extends RepresentationRelease {
  id: typeof REPRESENTATION_ID;
  metadata: RepresentationMetadata;
  rows: RepresentationRow[];
  publications: SourcePublication[];
}
