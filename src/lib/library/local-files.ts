/**
 * Where the site serves the local copies of publication files (the report PDFs the build finds in the
 * publication files folder, see scripts/library/publication-files.ts). Files keep their names, which
 * are upload ids and thus unique, so a copy's address never depends on which entry names it.
 */
import type { Lang } from '../i18n-langs.ts';

/** Folder of the built site, relative to its root, that holds the local copies. */
export const LOCAL_FILES_DIR = 'publications/files';

/** Site-absolute path of the local copy of a file: '/publications/files/<name>'. */
export function localFileHref(file: string): string {
  return `/${LOCAL_FILES_DIR}/${encodeURIComponent(file)}`;
}

/** The local copies of one publication: edition language → site-absolute path. */
export type LocalEditions = Partial<Record<Lang, string>>;

/**
 * The local copy a citation points at: the edition in the reader's language, else the original's,
 * else any edition the folder has.
 */
export function preferredLocalCopy(local: LocalEditions, lang: Lang, languages: readonly Lang[]): string | undefined {
  for (const candidate of [lang, ...languages]) {
    const href = local[candidate];
    if (href !== undefined) return href;
  }
  return Object.values(local).find((href) => href !== undefined);
}
