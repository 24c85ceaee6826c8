/**
 * Build-time: the library's publications that name an indicator among their relatedIndicators. The
 * library is read once per build through its own loader (scripts/library/load-publications.ts).
 */
import { resolve } from 'node:path';
import { loadPublications } from '../../../scripts/library/load-publications.ts';
import type { Publication } from '../../lib/library/schema.ts';

let cached: Publication[] | undefined;

function allPublications(): Publication[] {
  cached ??= loadPublications(resolve(process.cwd(), 'data', 'publications'));
  return cached;
}

/** Newest first, as the loader returns them. */
export function publicationsAbout(questionId: string): Publication[] {
  return allPublications().filter((publication) => publication.relatedIndicators.includes(questionId));
}
