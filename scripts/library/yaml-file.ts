/**
 * The library's YAML files, read the pipeline's one way (scripts/lib/yaml-source.ts): strict UTF-8,
 * aliases capped, every failure a DataError naming the file and line.
 */
import { DataError } from '../lib/data-error.ts';
import { readYamlSourceSync } from '../lib/yaml-source.ts';

export function readYaml(file: string): unknown {
  return readYamlSourceSync(file).data;
}

/** Reads a YAML file whose top level must be a list. */
export function readYamlList(file: string): unknown[] {
  const source = readYamlSourceSync(file);
  if (!Array.isArray(source.data)) throw new DataError({ file: source.file }, 'expected a list of entries at the top level');
  return source.data;
}
