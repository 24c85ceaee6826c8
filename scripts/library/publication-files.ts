/**
 * The publication files folder: where a deployment keeps the publications' PDFs beside the code, not in
 * it (they are the publishers' files). One setting names it, PUBLICATION_FILES (default
 * `publication-files/` in the project, git-ignored); the build reads it when it is there and builds
 * without it when it is not, every entry then linking to its original.
 *
 * Each entry names its editions' files (`files: { en: <name>.pdf, … }`) and copies of them
 * (`duplicateFiles`). This module matches the folder against the library and stops on anything that
 * would publish or index the wrong thing: a PDF that no entry names, a name that leads outside the
 * folder (a symbolic link included), a named file that is not a PDF. What it finds is what the pages
 * link to and what the search index reads, so both see the same files.
 */
import { closeSync, existsSync, lstatSync, openSync, readSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Lang } from '../../src/lib/i18n-langs.ts';
import type { Publication } from '../../src/lib/library/schema.ts';

/** The folder used when PUBLICATION_FILES is not set, relative to the project. */
export const DEFAULT_PUBLICATION_FILES = 'publication-files';

/** The publication files folder, absolute: PUBLICATION_FILES (relative to `root`) or the default. */
export function publicationFilesDir(root: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): string {
  const setting = env['PUBLICATION_FILES'];
  return resolve(root, setting !== undefined && setting !== '' ? setting : DEFAULT_PUBLICATION_FILES);
}

/** An edition's file found in the folder. */
export interface FoundFile {
  publication: Publication;
  lang: Lang;
  /** The name the entry gives, which the local copy keeps. */
  file: string;
  /** Absolute path in the folder. */
  path: string;
}

/** An edition's file the folder does not have: its page links to the original instead. */
export interface MissingFile {
  id: string;
  lang: Lang;
  file: string;
}

export interface PublicationFiles {
  dir: string;
  /** Whether the folder exists at all. */
  present: boolean;
  found: FoundFile[];
  missing: MissingFile[];
  /** Names in the folder that are not PDFs (a README, an index), left alone. */
  ignored: string[];
}

/** Each name the library gives to a file, with who gives it, for messages. */
interface Naming {
  publication: Publication;
  /** `files.en` or `duplicateFiles`. */
  field: string;
  lang?: Lang;
}

function namings(publications: readonly Publication[]): Map<string, Naming[]> {
  const names = new Map<string, Naming[]>();
  const add = (file: string, naming: Naming) => names.set(file, [...(names.get(file) ?? []), naming]);
  for (const publication of publications) {
    for (const [lang, file] of Object.entries(publication.files ?? {}) as [Lang, string][]) add(file, { publication, field: `files.${lang}`, lang });
    for (const file of publication.duplicateFiles ?? []) add(file, { publication, field: 'duplicateFiles' });
  }
  return names;
}

const PDF_MAGIC = '%PDF-';

function startsLikePdf(path: string): boolean {
  const head = Buffer.alloc(PDF_MAGIC.length);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return head.toString('latin1') === PDF_MAGIC;
}

const isInside = (dir: string, path: string) => {
  const rest = relative(dir, path);
  return rest !== '' && !rest.startsWith('..') && !isAbsolute(rest);
};

/** Problems with one named file, if it is in the folder; undefined when it is absent. */
function checkNamed(dir: string, realDir: string, file: string): { path: string; problem?: string } | undefined {
  // Names are validated by the schema, but this is the code that opens them, so it checks again.
  const path = resolve(dir, file);
  if (!isInside(dir, path)) return { path, problem: 'the name leads outside the publication files folder' };
  if (!lstatSync(path, { throwIfNoEntry: false })) return undefined;
  if (!existsSync(path)) return { path, problem: 'is a link to a file that does not exist' };
  const real = realpathSync.native(path);
  if (!isInside(realDir, real)) return { path, problem: `is a link to ${real}, outside the publication files folder` };
  if (!statSync(real).isFile()) return { path, problem: 'is not a file' };
  if (!startsLikePdf(real)) return { path, problem: `is not a PDF (it does not start with "${PDF_MAGIC}")` };
  return { path };
}

/**
 * Matches the folder against the library. Throws one error listing every problem (file, entry,
 * field); returns what it found and what is missing otherwise.
 */
export function scanPublicationFiles(dir: string, publications: readonly Publication[]): PublicationFiles {
  const names = namings(publications);
  const present = existsSync(dir);
  const result: PublicationFiles = { dir, present, found: [], missing: [], ignored: [] };
  const problems: string[] = [];
  if (present && !statSync(dir).isDirectory()) throw new Error(`publication files: ${dir} (PUBLICATION_FILES) is not a folder`);
  const realDir = present ? realpathSync.native(dir) : dir;

  for (const [file, given] of names) {
    const who = given.map((naming) => `entry ${naming.publication.id}, ${naming.field}`).join('; ');
    const editions = given.filter((naming) => naming.lang !== undefined);
    if (given.length > 1) problems.push(`${file}: named more than once (${who}); each file belongs to one edition`);
    const checked = present ? checkNamed(dir, realDir, file) : undefined;
    if (checked?.problem !== undefined) {
      problems.push(`${checked.path}: ${checked.problem} (${who})`);
      continue;
    }
    for (const naming of editions) {
      const lang = naming.lang as Lang;
      if (checked) result.found.push({ publication: naming.publication, lang, file, path: checked.path });
      else result.missing.push({ id: naming.publication.id, lang, file });
    }
  }

  if (present) {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!/\.pdf$/iu.test(entry.name) || entry.isDirectory()) {
        result.ignored.push(entry.name);
      } else if (!names.has(entry.name)) {
        problems.push(`${join(dir, entry.name)}: no entry of the library names this file (add it to an entry's files or duplicateFiles in data/publications/, or remove it)`);
      }
    }
  }
  if (problems.length > 0) throw new Error(`publication files (${dir}, set by PUBLICATION_FILES):\n${problems.map((line) => `  - ${line}`).join('\n')}`);
  const byName = (a: { file: string }, b: { file: string }) => a.file.localeCompare(b.file);
  result.found.sort(byName);
  result.missing.sort(byName);
  result.ignored.sort();
  return result;
}

/** The lines the build prints about the folder: what it used, and which files it did not find. */
export function describePublicationFiles(files: PublicationFiles): string[] {
  const total = files.found.length + files.missing.length;
  if (!files.present) {
    return [`publication files: no folder ${files.dir} (set PUBLICATION_FILES to use one); the ${total} edition files the library names link to their originals`];
  }
  const lines = [`publication files: ${files.found.length} of ${total} edition files found in ${files.dir}`];
  if (files.missing.length > 0) {
    lines.push(`publication files: not found (their pages link to the originals):`);
    for (const missing of files.missing) lines.push(`  - ${missing.file} (entry ${missing.id}, files.${missing.lang})`);
  }
  return lines;
}
