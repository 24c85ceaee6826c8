/**
 * Loads data/programmes/programmes.yaml and projects.yaml: each entry is validated against its schema,
 * ids must be unique, and every project must belong to a known programme.
 */
import { join } from 'node:path';
import { Programme, Project } from '../../src/lib/library/schema.ts';
import { entryIssue, entryIssuesFromZod, entryLabel, throwIfIssues } from './entry-issues.ts';
import type { EntryIssue } from './entry-issues.ts';
import { readYamlList } from './yaml-file.ts';
import type { z } from 'zod';

export interface ProgrammeCatalogue {
  /** Programmes in display order. */
  programmes: Programme[];
  projects: Project[];
  /** The files they were read from, for messages about them. */
  files: { programmes: string; projects: string };
}

interface Parsed<T> {
  items: { label: string; value: T }[];
  issues: EntryIssue[];
}

/** Validates every entry of a list file and reports repeated ids. */
function parseList<T extends { id: string }>(file: string, schema: z.ZodType<T>): Parsed<T> {
  const items: { label: string; value: T }[] = [];
  const issues: EntryIssue[] = [];
  readYamlList(file).forEach((input, index) => {
    const label = entryLabel(index + 1, input);
    const result = schema.safeParse(input);
    if (!result.success) {
      issues.push(...entryIssuesFromZod(file, label, input, result.error));
      return;
    }
    if (items.some((item) => item.value.id === result.data.id)) issues.push(entryIssue(file, label, 'id', result.data.id, 'id is used by an earlier entry'));
    items.push({ label, value: result.data });
  });
  return { items, issues };
}

/** Reads and validates the programmes and projects in `dir`; throws naming file, entry, field and value. */
export function loadProgrammes(dir: string): ProgrammeCatalogue {
  const programmesFile = join(dir, 'programmes.yaml');
  const projectsFile = join(dir, 'projects.yaml');
  const programmes = parseList(programmesFile, Programme);
  const projects = parseList(projectsFile, Project);
  const issues = [...programmes.issues, ...projects.issues];

  programmes.items.forEach(({ label, value }) => {
    const holder = programmes.items.find((other) => other.value.order === value.order);
    if (holder && holder.value.id !== value.id) issues.push(entryIssue(programmesFile, label, 'order', value.order, `order is also used by "${holder.value.id}"`));
  });
  const programmeIds = new Set(programmes.items.map(({ value }) => value.id));
  for (const { label, value } of projects.items) {
    if (!programmeIds.has(value.programme)) issues.push(entryIssue(projectsFile, label, 'programme', value.programme, 'unknown programme id'));
  }
  throwIfIssues(issues, dir);

  return {
    programmes: programmes.items.map(({ value }) => value).sort((a, b) => a.order - b.order),
    projects: projects.items.map(({ value }) => value),
    files: { programmes: programmesFile, projects: projectsFile },
  };
}
