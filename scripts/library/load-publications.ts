/**
 * Loads data/publications/*.yaml (one publication per file, named after its id), validates each file,
 * and checks the references between publications, programmes and projects in both directions.
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Publication } from '../../src/lib/library/schema.ts';
import { sortNewestFirst } from '../../src/lib/library/helpers.ts';
import { entryIssue, entryIssuesFromZod, throwIfIssues } from './entry-issues.ts';
import type { EntryIssue } from './entry-issues.ts';
import { loadProgrammes } from './load-programmes.ts';
import type { ProgrammeCatalogue } from './load-programmes.ts';
import { readYaml } from './yaml-file.ts';

export interface PublicationOptions {
  /** Programmes and projects to check references against; defaults to loading `<dir>/../programmes`. */
  catalogue?: ProgrammeCatalogue;
}

function checkReferences(file: string, publication: Publication, catalogue: ProgrammeCatalogue): EntryIssue[] {
  const issues: EntryIssue[] = [];
  const entry = publication.id;
  if (publication.programme !== undefined && !catalogue.programmes.some((programme) => programme.id === publication.programme)) {
    issues.push(entryIssue(file, entry, 'programme', publication.programme, 'unknown programme id (see data/programmes/programmes.yaml)'));
  }
  if (publication.project !== undefined) {
    const project = catalogue.projects.find((candidate) => candidate.id === publication.project);
    if (!project) {
      issues.push(entryIssue(file, entry, 'project', publication.project, 'unknown project id (see data/programmes/projects.yaml)'));
    } else if (!project.publications.includes(publication.id)) {
      issues.push(entryIssue(file, entry, 'project', publication.project, `the project does not list "${publication.id}" among its publications`));
    } else if (project.programme !== publication.programme) {
      issues.push(entryIssue(file, entry, 'programme', publication.programme, `the project "${project.id}" belongs to programme "${project.programme}"`));
    }
  }
  return issues;
}

/** Publications that projects list but that have no file. */
function checkProjectLists(dir: string, catalogue: ProgrammeCatalogue, ids: ReadonlySet<string>): EntryIssue[] {
  return catalogue.projects.flatMap((project) =>
    project.publications
      .filter((id) => !ids.has(id))
      .map((id) => entryIssue(catalogue.files.projects, project.id, 'publications', id, `no file ${id}.yaml in ${dir}`)),
  );
}

/** Reads and validates every publication in `dir`, newest first; throws naming file, entry, field and value. */
export function loadPublications(dir: string, options: PublicationOptions = {}): Publication[] {
  const catalogue = options.catalogue ?? loadProgrammes(join(dir, '..', 'programmes'));
  const files = readdirSync(dir).filter((name) => name.endsWith('.yaml')).sort();
  const publications: Publication[] = [];
  const issues: EntryIssue[] = [];

  for (const name of files) {
    const file = join(dir, name);
    const entry = basename(name, '.yaml');
    const input = readYaml(file);
    const result = Publication.safeParse(input);
    if (!result.success) {
      issues.push(...entryIssuesFromZod(file, entry, input, result.error));
      continue;
    }
    if (result.data.id !== entry) issues.push(entryIssue(file, entry, 'id', result.data.id, `must equal the file name "${entry}"`));
    issues.push(...checkReferences(file, result.data, catalogue));
    publications.push(result.data);
  }
  issues.push(...checkProjectLists(dir, catalogue, new Set(files.map((name) => basename(name, '.yaml')))));
  throwIfIssues(issues, dir);
  return sortNewestFirst(publications);
}
