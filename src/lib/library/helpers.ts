/**
 * Pure helpers over validated library data, shared by the build pipeline and the pages.
 */
import { comparePartialDates } from './dates.ts';
import { isUndated } from './display.ts';
import type { Publication } from './schema.ts';

/**
 * Newest first; publications of the same date keep a stable order by id. Undated ones come last: their
 * `date` is only the earliest possible one, which says nothing about where they belong.
 */
export function sortNewestFirst(publications: readonly Publication[]): Publication[] {
  return [...publications].sort((a, b) => Number(isUndated(a)) - Number(isUndated(b)) || comparePartialDates(b.date, a.date) || a.id.localeCompare(b.id));
}

/** The publications of one programme, newest first. */
export function publicationsOfProgramme(publications: readonly Publication[], programmeId: string): Publication[] {
  return sortNewestFirst(publications.filter((publication) => publication.programme === programmeId));
}

/** One reference to a survey question that the codebook does not define. */
export interface UnknownIndicator {
  /** Publication that holds the reference. */
  publication: string;
  /** The question id that was not found. */
  indicator: string;
}

/**
 * The `relatedIndicators` that name no question of the codebook. The library is written before the
 * codebook is final, so this check runs wherever both are loaded rather than inside the library schema.
 */
export function unknownIndicators(publications: readonly Publication[], questionIds: ReadonlySet<string>): UnknownIndicator[] {
  return publications.flatMap((publication) =>
    publication.relatedIndicators
      .filter((indicator) => !questionIds.has(indicator))
      .map((indicator) => ({ publication: publication.id, indicator })),
  );
}
