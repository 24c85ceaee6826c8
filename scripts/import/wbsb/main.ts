/**
 * `npm run import:wbsb -- <export folder>`: turns the export of KCSS's platform (one CSV per country and
 * language, Windows code pages) into the project's sources under data/surveys/wbsb/: codebook/ and
 * responses.csv. Reads the import map data/surveys/wbsb/import-2021/; applies disclosure control (no
 * municipality, no exact age, rare ethnic groups merged) before writing; prints k, the size of the
 * smallest group sharing the key variables. A bad input stops it with file, row, column and value, and
 * the previous sources stay as they were.
 * Options: --map <folder> (the import map), --out <folder> (the dataset folder).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Dataset, type CountryIso } from '../../../src/lib/codebook/schema.ts';
import { DataError, isDataError } from '../../lib/data-error.ts';
import { displayPath } from '../../lib/display-path.ts';
import { parseSource, readYamlSource } from '../../lib/yaml-source.ts';
import { buildSources } from './build-sources.ts';
import { codeCountry, type CodedCountry } from './code-country.ts';
import { mergeRareValues, suppressRare, type MergeReport } from './disclosure.ts';
import { disclosureCheck } from '../../../src/lib/survey/disclosure.ts';
import { loadImportMap } from './load-map.ts';
import { writeSources } from './write-sources.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export interface ImportOptions {
  exportDir: string;
  mapDir: string;
  outDir: string;
}

export interface ImportResult {
  respondents: Record<string, number>;
  questions: number;
  merges: (MergeReport & { country: CountryIso })[];
  /** Local suppression: per country and variable, the respondents whose value became "not published". */
  suppressions: { country: CountryIso; id: string; respondents: number }[];
  k: number;
  /** The key variables of the groups k counts, besides the country. */
  keys: string[];
  /** Respondents in groups smaller than local suppression's minimum on the key variables; absent without the rule. */
  inSmallGroups?: { minimum: number; respondents: number };
  acceptedDisagreements: CodedCountry['acceptedDisagreements'];
}

/** When the export folder has a SHA256SUMS file, every file it lists must match. */
async function checkSums(exportDir: string): Promise<void> {
  let sums: string;
  try {
    sums = await readFile(path.join(exportDir, 'SHA256SUMS'), 'utf8');
  } catch {
    return;
  }
  for (const [index, line] of sums.split('\n').entries()) {
    const match = /^([0-9a-f]{64})\s+\*?(.+)$/.exec(line.trim());
    if (!match) continue;
    const [, expected, name = ''] = match;
    let bytes: Buffer;
    try {
      bytes = await readFile(path.join(exportDir, name));
    } catch {
      throw new DataError({ file: displayPath(path.join(exportDir, 'SHA256SUMS')), row: index + 1, value: name }, 'the file listed is missing from the export');
    }
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (actual !== expected) throw new DataError({ file: displayPath(path.join(exportDir, name)), value: actual }, `sha256 differs from SHA256SUMS (${expected}): not the export it lists`);
  }
}

export async function importExport(options: ImportOptions): Promise<ImportResult> {
  await checkSums(options.exportDir);
  const map = await loadImportMap(options.mapDir);
  const dataset = parseSource(await readYamlSource(path.join(options.outDir, 'dataset.yaml')), Dataset);
  const countryCodes = Object.fromEntries(dataset.countries.map((country) => [country.iso, country.code])) as Record<CountryIso, number>;
  const shown = (name: string) => displayPath(path.join(options.exportDir, name));

  const countries: CodedCountry[] = [];
  for (const { iso } of dataset.countries) {
    if (map.exportInfo.countries[iso]) countries.push(await codeCountry(iso, options.exportDir, map, shown));
  }
  const merges: ImportResult['merges'] = [];
  for (const country of countries) {
    for (const demographic of map.demographics) {
      const column = country.demographics.get(demographic.id);
      const report = column ? mergeRareValues(demographic, column) : null;
      if (report) merges.push({ ...report, country: country.iso });
    }
  }
  const suppressions: ImportResult['suppressions'] = [];
  if (map.localSuppression) {
    for (const country of countries) {
      const report = suppressRare(country.demographics, country.respondents, map.localSuppression);
      for (const entry of report.suppressed) suppressions.push({ country: country.iso, ...entry });
    }
  }
  let k = Number.POSITIVE_INFINITY;
  let inSmallGroups = 0;
  // Without local suppression there is no minimum to count against; k alone is reported.
  const minimum = map.localSuppression?.minimum ?? 0;
  // The groups are those local suppression forms, on its keys; a map without the rule names no keys,
  // and then every demographic it publishes counts as one (the strictest reading).
  const keyIds = map.localSuppression?.keys ?? map.demographics.map((demographic) => demographic.id);
  for (const country of countries) {
    const keys = keyIds.map((id) => country.demographics.get(id)).filter((column): column is Int32Array => column !== undefined);
    const group = disclosureCheck(keys, country.respondents, keyIds, minimum);
    k = Math.min(k, group.k);
    inSmallGroups += group.inSmallGroups;
  }
  const sources = buildSources(map, countries, countryCodes);
  await writeSources(options.outDir, sources, path.basename(options.mapDir));
  return {
    respondents: Object.fromEntries(countries.map((country) => [country.iso, country.respondents])),
    questions: map.questions.length,
    merges,
    suppressions,
    k,
    keys: keyIds,
    ...(map.localSuppression ? { inSmallGroups: { minimum, respondents: inSmallGroups } } : {}),
    acceptedDisagreements: countries.flatMap((country) => country.acceptedDisagreements),
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string): string | undefined => {
    const at = args.indexOf(name);
    if (at === -1) return undefined;
    const value = args[at + 1];
    args.splice(at, 2);
    return value;
  };
  const mapDir = option('--map') ?? path.join(ROOT, 'data', 'surveys', 'wbsb', 'import-2021');
  const outDir = option('--out') ?? path.join(ROOT, 'data', 'surveys', 'wbsb');
  const [exportDir] = args;
  if (exportDir === undefined) {
    console.error('usage: npm run import:wbsb -- <export folder> [--map <folder>] [--out <dataset folder>]');
    process.exit(2);
  }
  try {
    const result = await importExport({ exportDir: path.resolve(exportDir), mapDir, outDir });
    for (const [iso, n] of Object.entries(result.respondents)) console.log(`[import] ${iso}: ${n} respondents`);
    console.log(`[import] ${result.questions} questions`);
    for (const merge of result.merges) {
      console.log(`[import] ${merge.country}: ${merge.demographic} codes ${merge.merged.map((m) => `${m.code} (n=${m.respondents})`).join(', ')} merged into ${merge.into}`);
    }
    for (const s of result.suppressions) console.log(`[import] ${s.country}: ${s.id} not published for ${s.respondents} non-majority respondents (local suppression)`);
    for (const d of result.acceptedDisagreements) console.log(`[import] ${d.question}: ${d.rows} row(s) of the ${d.lang} file differ; the map says which file wins`);
    const small = result.inSmallGroups ? `; ${result.inSmallGroups.respondents} respondents in groups smaller than ${result.inSmallGroups.minimum} (local suppression's minimum)` : '';
    console.log(`[import] k = ${result.k} (smallest group sharing country, ${result.keys.join(', ')})${small}`);
    console.log(`[import] wrote ${displayPath(path.join(outDir, 'codebook'))}/ and ${displayPath(path.join(outDir, 'responses.csv'))}`);
  } catch (error) {
    if (isDataError(error)) {
      console.error(`[import] ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
