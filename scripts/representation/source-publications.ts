/**
 * The publications the representation tables cite, read straight from data/publications/<id>.yaml
 * (validated against the library's schema) without loading the whole library, which the site build
 * validates on its own. Ids of the library are its file names, as the library loader requires. A bad
 * file stops the run naming its line, field and value, as every other input does.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { SourcePublication } from '../../src/lib/downloads/representation-dataset.ts';
import { Publication } from '../../src/lib/library/schema.ts';
import { DataError } from '../lib/data-error.ts';
import { displayPath } from '../lib/display-path.ts';
import { parseSource, readYamlSourceSync } from '../lib/yaml-source.ts';

/** Ids of every publication in the library folder. */
export function publicationIds(publicationsDir: string): Set<string> {
  if (!existsSync(publicationsDir)) throw new DataError({ file: displayPath(publicationsDir) }, 'the publication library folder is missing');
  return new Set(readdirSync(publicationsDir).filter((name) => name.endsWith('.yaml')).map((name) => name.slice(0, -'.yaml'.length)));
}

export function sourcePublication(publicationsDir: string, id: string): SourcePublication {
  const file = path.join(publicationsDir, `${id}.yaml`);
  const { title, originalTitle, date, authors, url } = parseSource(readYamlSourceSync(file), Publication);
  return { id, title, originalTitle, date, authors, ...(url === undefined ? {} : { url }) };
}
