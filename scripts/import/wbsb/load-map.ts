/**
 * Reads and checks the import map of one round: every file against its schema, then the references
 * between them (scales named by id or by draft cluster, key answers, modules, unique ids). Each problem
 * is a DataError naming the map file, line, field and value.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { DataError } from '../../lib/data-error.ts';
import { parseSource, readYamlSource, sourceError, type YamlSource } from '../../lib/yaml-source.ts';
import {
  ExportFile,
  MapDemographicsFile,
  MapModulesFile,
  MapQuestionsFile,
  MapScalesFile,
  type MapDemographic,
  type MapModule,
  type MapQuestion,
  type MapScale,
} from './map-schema.ts';
import { tidy } from './read-export-file.ts';

/** A question of the map with its scale and key codes resolved. */
export interface MappedQuestion extends MapQuestion {
  module: string;
  scaleId: string;
  keyCodes: number[];
}

export interface ImportMap {
  exportInfo: ExportFile;
  demographics: MapDemographic[];
  withheld: { header: string; reason: string }[];
  localSuppression: import('zod').infer<typeof MapDemographicsFile>['localSuppression'];
  modules: MapModule[];
  scales: MapScale[];
  questions: MappedQuestion[];
}

async function yamlFiles(folder: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    throw new DataError({ file: folder }, 'the folder is missing');
  }
  const files = names.filter((name) => name.endsWith('.yaml')).sort();
  if (files.length === 0) throw new DataError({ file: folder }, 'no .yaml files in the folder');
  return files.map((name) => path.join(folder, name));
}

function checkScales(scales: MapScale[], source: Map<MapScale, { src: YamlSource; at: number }>): void {
  const ids = new Set<string>();
  const clusters = new Map<string, string>();
  for (const scale of scales) {
    const where = source.get(scale);
    const fail = (fieldPath: (string | number)[], reason: string): never => {
      throw where ? sourceError(where.src, ['scales', where.at, ...fieldPath], reason) : new DataError({ file: 'scales' }, reason);
    };
    if (ids.has(scale.id)) fail(['id'], 'a scale with this id is already defined');
    ids.add(scale.id);
    scale.clusters.forEach((cluster, i) => {
      const owner = clusters.get(cluster);
      if (owner !== undefined) fail(['clusters', i], `this cluster already belongs to scale ${owner}`);
      clusters.set(cluster, scale.id);
    });
    const raws = new Map<string, number>();
    const codes = new Set<number>();
    scale.values.forEach((value, v) => {
      if (codes.has(value.code)) fail(['values', v, 'code'], 'a value with this code is already in the scale');
      codes.add(value.code);
      value.raw.forEach((raw, r) => {
        const seen = raws.get(raw);
        if (seen !== undefined && seen !== value.code) fail(['values', v, 'raw', r], `this raw label already means code ${seen} in the scale`);
        raws.set(raw, value.code);
      });
    });
  }
}

/** The scale a question names: its id, or draft clusters that must all belong to one scale. */
function scaleOf(question: MapQuestion, scales: MapScale[], fail: (reason: string) => never): MapScale {
  const byId = scales.find((scale) => scale.id === question.scale);
  if (byId) return byId;
  const owners = new Set(question.scale.split(/\s+/).map((cluster) => scales.find((scale) => scale.clusters.includes(cluster))));
  if (owners.has(undefined)) fail('names no scale: neither a scale id nor clusters that belong to a scale');
  if (owners.size !== 1) fail(`its clusters belong to different scales (${[...owners].map((scale) => scale?.id).join(', ')})`);
  const [scale] = owners;
  if (!scale) return fail('names no scale');
  return scale;
}

function keyCodes(question: MapQuestion, scale: MapScale, fail: (index: number, reason: string) => never): number[] {
  return question.key.answers.map((answer, i) => {
    if (typeof answer === 'number') {
      if (!scale.values.some((value) => value.code === answer)) fail(i, `not a code of scale ${scale.id}`);
      return answer;
    }
    const value = scale.values.find((candidate) => candidate.raw.some((raw) => tidy(raw) === tidy(answer)) || candidate.label.en === answer);
    return value ? value.code : fail(i, `not a label of scale ${scale.id}`);
  }).filter((code, i, all) => all.indexOf(code) === i);
}

export async function loadImportMap(mapDir: string): Promise<ImportMap> {
  const exportSource = await readYamlSource(path.join(mapDir, 'export.yaml'));
  const exportInfo = parseSource(exportSource, ExportFile);
  const demographicsFile = parseSource(await readYamlSource(path.join(mapDir, 'demographics.yaml')), MapDemographicsFile);
  const modulesSource = await readYamlSource(path.join(mapDir, 'modules.yaml'));
  const { modules } = parseSource(modulesSource, MapModulesFile);

  const scales: MapScale[] = [];
  const scaleSources = new Map<MapScale, { src: YamlSource; at: number }>();
  for (const file of await yamlFiles(path.join(mapDir, 'scales'))) {
    const src = await readYamlSource(file);
    parseSource(src, MapScalesFile).scales.forEach((scale, at) => {
      scales.push(scale);
      scaleSources.set(scale, { src, at });
    });
  }
  checkScales(scales, scaleSources);

  const moduleIds = new Set(modules.map((module) => module.id));
  const questions: MappedQuestion[] = [];
  const seen = new Map<string, string>();
  for (const file of await yamlFiles(path.join(mapDir, 'questions'))) {
    const src = await readYamlSource(file);
    const parsed = parseSource(src, MapQuestionsFile);
    if (!moduleIds.has(parsed.module)) throw sourceError(src, ['module'], `not a module of modules.yaml (${[...moduleIds].join(', ')})`);
    parsed.questions.forEach((question, at) => {
      const fail = (fieldPath: (string | number)[]) => (reason: string): never => {
        throw sourceError(src, ['questions', at, ...fieldPath], reason);
      };
      const first = seen.get(question.id);
      if (first !== undefined) fail(['id'])(`this id is already used in ${first}`);
      // The id is a variable name in the Stata syntax file too, where 32 characters is the limit.
      if (question.id.length > 32) fail(['id'])('at most 32 characters (Stata variable names)');
      seen.set(question.id, src.file);
      if (Object.keys(question.columns).length === 0) fail(['columns'])('a question needs the columns of at least one country');
      const scale = scaleOf(question, scales, fail(['scale']));
      const codes = keyCodes(question, scale, (i, reason) => fail(['key', 'answers', i])(reason));
      questions.push({ ...question, module: parsed.module, scaleId: scale.id, keyCodes: codes });
    });
  }
  return { exportInfo, demographics: demographicsFile.demographics, withheld: demographicsFile.withheld, localSuppression: demographicsFile.localSuppression, modules, scales, questions };
}
