/**
 * A dataset's release: its current version and its change log. The citation year and date of a dataset
 * come from the change-log entry of its current version, and from nothing else (not the last wave, not
 * the clock), so a build gives the same citations whenever it runs. The pipeline checks that the entry
 * exists before it writes anything, with an error naming the file; the functions here throw too, so a
 * release without one never turns into a guessed year.
 */

/** What a release record holds (a survey's dataset block and the representation release both fit). */
export interface Release {
  /** Which dataset, for the error message. */
  id?: string;
  /** The current version. */
  version: string;
  /** Entries per version, newest first; dates YYYY-MM-DD. */
  changelog: readonly { version: string; date: string }[];
}

/** Why a release is unusable, or null: the change log must list the current version, with a date. */
export function releaseProblem(release: Release): string | null {
  const entry = release.changelog.find((change) => change.version === release.version);
  if (!entry) return `the changelog has no entry for the current version ${release.version}; add one (version, date, text) at the top`;
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(entry.date)) return `the changelog entry of version ${release.version} has no date (YYYY-MM-DD): "${entry.date}"`;
  return null;
}

/** The release date of the current version (YYYY-MM-DD). */
export function releaseDate(release: Release): string {
  const problem = releaseProblem(release);
  if (problem !== null) throw new Error(`${release.id ?? 'dataset'}: ${problem}`);
  // releaseProblem found the entry.
  return release.changelog.find((change) => change.version === release.version)?.date ?? '';
}

/** The year the current version was released, from its change-log entry. */
export function releaseYear(release: Release): number {
  return Number(releaseDate(release).slice(0, 4));
}
