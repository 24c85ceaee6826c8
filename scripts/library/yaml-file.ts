/**
 * Reads a YAML file, turning syntax errors into messages that name the file and line.
 */
import { readFileSync } from 'node:fs';
import { parse, YAMLParseError } from 'yaml';

export function readYaml(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  try {
    return parse(text, { prettyErrors: true });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = error.linePos?.[0].line;
      throw new Error(`${file}: ${line === undefined ? '' : `line ${line}: `}YAML syntax error: ${error.message}`, { cause: error });
    }
    throw error;
  }
}

/** Reads a YAML file whose top level must be a list. */
export function readYamlList(file: string): unknown[] {
  const data = readYaml(file);
  if (!Array.isArray(data)) throw new Error(`${file}: expected a list of entries at the top level`);
  return data;
}
