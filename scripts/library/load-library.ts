/**
 * Loads the whole library in one call: programmes, projects and publications from a data folder
 * (`data/`), each cross-checked against the others.
 */
import { join } from 'node:path';
import type { Programme, Project, Publication } from '../../src/lib/library/schema.ts';
import { loadProgrammes } from './load-programmes.ts';
import { loadPublications } from './load-publications.ts';

export interface Library {
  programmes: Programme[];
  projects: Project[];
  /** Newest first. */
  publications: Publication[];
}

export function loadLibrary(dataDir: string): Library {
  const catalogue = loadProgrammes(join(dataDir, 'programmes'));
  const publications = loadPublications(join(dataDir, 'publications'), { catalogue });
  return { programmes: catalogue.programmes, projects: catalogue.projects, publications };
}
