/**
 * Reads a dataset's codebook (dataset.yaml, codebook/{scales,modules,demographics}.yaml and
 * codebook/questions/*.yaml in file-name order), validates each file against the zod schemas and then
 * checks the files against each other. Every problem is a DataError naming file, line, field and value.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { DataError } from '../lib/data-error.ts';
import { displayPath } from '../lib/display-path.ts';
import { parseSource, readYamlSource, type FieldPath, type YamlSource } from '../lib/yaml-source.ts';
import type { CodebookSources } from '../../src/lib/codebook/resolved.ts';
import {
  Dataset,
  DemographicsFile,
  ModulesFile,
  QuestionsFile,
  ScalesFile,
  type Demographic,
  type LocalSuppression,
  type Module,
  type Question,
  type Scale,
} from '../../src/lib/codebook/schema.ts';
import { checkCodebook } from './codebook-checks.ts';

/** A parsed value and where it came from, for error messages. */
export interface Located<T> {
  value: T;
  source: YamlSource;
  path: FieldPath;
}

export interface LocatedCodebook {
  dataset: Located<Dataset>;
  scales: Located<Scale>[];
  modules: Located<Module>[];
  demographics: Located<Demographic>[];
  /** codebook/demographics.yaml's `localSuppression`, undefined where the file has none (located all the same, for the message). */
  localSuppression: Located<LocalSuppression | undefined>;
  questions: Located<Question>[];
}

export interface LoadedCodebook {
  /** The dataset folder (absolute). */
  dir: string;
  sources: CodebookSources;
  located: LocatedCodebook;
}

function locate<T>(items: T[], source: YamlSource, key: string): Located<T>[] {
  return items.map((value, index) => ({ value, source, path: [key, index] }));
}

async function questionFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    throw new DataError({ file: displayPath(dir) }, 'the folder of question files is missing');
  }
  const yamlFiles = names.filter((name) => name.endsWith('.yaml')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (yamlFiles.length === 0) throw new DataError({ file: displayPath(dir) }, 'no question files (*.yaml) found');
  return yamlFiles.map((name) => path.join(dir, name));
}

export async function loadCodebook(datasetDir: string): Promise<LoadedCodebook> {
  const dir = path.resolve(datasetDir);
  const codebookDir = path.join(dir, 'codebook');

  const datasetSource = await readYamlSource(path.join(dir, 'dataset.yaml'));
  const dataset = parseSource(datasetSource, Dataset);
  if (dataset.id !== path.basename(dir)) {
    throw new DataError(
      { file: datasetSource.file, row: datasetSource.lineOf(['id']) ?? 1, rowKind: 'line', column: 'id', value: dataset.id },
      `the dataset id must equal its folder name "${path.basename(dir)}"`,
    );
  }
  const scalesSource = await readYamlSource(path.join(codebookDir, 'scales.yaml'));
  const modulesSource = await readYamlSource(path.join(codebookDir, 'modules.yaml'));
  const demographicsSource = await readYamlSource(path.join(codebookDir, 'demographics.yaml'));
  const demographicsFile = parseSource(demographicsSource, DemographicsFile);
  const located: LocatedCodebook = {
    dataset: { value: dataset, source: datasetSource, path: [] },
    scales: locate(parseSource(scalesSource, ScalesFile).scales, scalesSource, 'scales'),
    modules: locate(parseSource(modulesSource, ModulesFile).modules, modulesSource, 'modules'),
    demographics: locate(demographicsFile.demographics, demographicsSource, 'demographics'),
    localSuppression: { value: demographicsFile.localSuppression, source: demographicsSource, path: ['localSuppression'] },
    questions: [],
  };
  for (const file of await questionFiles(path.join(codebookDir, 'questions'))) {
    const source = await readYamlSource(file);
    located.questions.push(...locate(parseSource(source, QuestionsFile).questions, source, 'questions'));
  }

  checkCodebook(located);
  const sources: CodebookSources = {
    dataset,
    scales: located.scales.map((item) => item.value),
    modules: located.modules.map((item) => item.value),
    demographics: located.demographics.map((item) => item.value),
    ...(demographicsFile.localSuppression ? { localSuppression: demographicsFile.localSuppression } : {}),
    questions: located.questions.map((item) => item.value),
  };
  return { dir, sources, located };
}
