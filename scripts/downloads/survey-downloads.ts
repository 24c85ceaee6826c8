/**
 * Pipeline step: the researcher downloads of one survey dataset, generated from the codebooks the
 * dataset step has just written (codebook.<lang>.json) and the data CSV's manifest entry: codebook.csv,
 * datapackage.json, ddi-codebook.xml, the R / Stata / SPSS syntax in each language and README.txt.
 * Everything goes through the OutputWriter, so it lands in public/data only with the rest of the run.
 */
import { hasDesignWeights } from '../../src/lib/codebook/resolved.ts';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ResolvedCodebook } from '../../src/lib/codebook/resolved.ts';
import { apaCitation } from '../../src/lib/downloads/citation.ts';
import { codebookCsv } from '../../src/lib/downloads/codebook-csv.ts';
import { datapackage } from '../../src/lib/downloads/datapackage.ts';
import { datasetUrl, surveyCitation } from '../../src/lib/downloads/dataset-citation.ts';
import { ddiCodebook } from '../../src/lib/downloads/ddi.ts';
import { dataPaths, downloadPaths, fileName, SYNTAX_EXTENSIONS } from '../../src/lib/data-layout.ts';
import { LICENCE } from '../../src/lib/downloads/licence.ts';
import { missingSentence, type SyntaxInput } from '../../src/lib/downloads/syntax-input.ts';
import { rSyntax } from '../../src/lib/downloads/syntax-r.ts';
import { spssSyntax } from '../../src/lib/downloads/syntax-spss.ts';
import { stataSyntax } from '../../src/lib/downloads/syntax-stata.ts';
import { assertCodebooks, codebookVariables, missingCodes, type Codebooks, type Trilingual } from '../../src/lib/downloads/variables.ts';
import { LANGS, type Lang } from '../../src/lib/i18n-langs.ts';
import type { ManifestDataset, ManifestFile } from '../../src/lib/survey/manifest.ts';
import { ui } from '../../src/i18n/index.ts';
import type { OutputWriter } from '../lib/output-writer.ts';
import { surveyReadme } from './survey-readme.ts';

const trilingual = (pick: (lang: Lang) => string): Trilingual => ({ sq: pick('sq'), en: pick('en'), sr: pick('sr') });

async function readCodebooks(root: string, id: string): Promise<Codebooks> {
  const read = async (lang: Lang) => JSON.parse(await readFile(path.join(root, dataPaths.codebook(id, lang)), 'utf8')) as ResolvedCodebook;
  const codebooks: Codebooks = { sq: await read('sq'), en: await read('en'), sr: await read('sr') };
  assertCodebooks(codebooks);
  return codebooks;
}

/** Longest id in the data CSV (its first column), in bytes: SPSS reads strings at a fixed width. */
function longestFirstField(csv: string): number {
  let longest = 0;
  let start = csv.indexOf('\n') + 1;
  while (start > 0 && start < csv.length) {
    const comma = csv.indexOf(',', start);
    const end = csv.indexOf('\n', start);
    const stop = comma >= 0 && (end < 0 || comma < end) ? comma : end < 0 ? csv.length : end;
    longest = Math.max(longest, Buffer.byteLength(csv.slice(start, stop)));
    start = end + 1;
  }
  return longest;
}

function tableFile(dataset: ManifestDataset, path: string): ManifestFile {
  const file = dataset.files.find((candidate) => candidate.path === path);
  if (!file?.table) throw new Error(`The pipeline wrote no table ${path}`);
  return file;
}

/** Writes the downloads; returns every file of the dataset, the new ones included, sorted by path. */
export async function writeSurveyDownloads(dataset: ManifestDataset, writer: OutputWriter): Promise<ManifestFile[]> {
  const { id } = dataset;
  const codebooks = await readCodebooks(writer.root, id);
  const csvFile = tableFile(dataset, dataPaths.csv(id));
  const variables = codebookVariables(codebooks, {
    id: trilingual((lang) => ui(lang).data_var_id),
    // The label says what the weight is: design weights, or 1 for everyone in a round without them.
    weight: trilingual((lang) => (hasDesignWeights(codebooks[lang].dataset) ? ui(lang).data_var_weight : ui(lang).data_var_weight_none)),
  });
  const columns = variables.map((variable) => variable.name);
  if (columns.join(',') !== csvFile.table?.columns.join(',')) throw new Error(`${id}: the codebook's columns differ from ${csvFile.path}`);

  const citations = trilingual((lang) => apaCitation(surveyCitation(lang, codebooks[lang].dataset)));
  const notice = dataset.synthetic ? trilingual((lang) => ui(lang).synthetic_notice) : null;
  const dataFileName = fileName(dataPaths.csv(id));

  const codebookFile = await writer.write(downloadPaths.codebookCsv(id), codebookCsv(variables));
  const en = codebooks.en.dataset;
  const descriptor = datapackage({
    name: id,
    title: en.title,
    description: [en.description, notice?.en].filter(Boolean).join(' '),
    version: en.version,
    homepage: datasetUrl('en', id),
    publisher: en.publisher,
    licence: { name: LICENCE.id, path: LICENCE.url, title: LICENCE.title },
    sources: [{ title: dataset.synthetic ? `${en.publisher}: synthetic demonstration data generated from the documented model synthetic-model.yaml` : `${en.publisher}: ${en.title}`, path: datasetUrl('en', id) }],
    keywords: codebooks.en.modules.map((module) => module.title),
    variables,
    missingCodes: missingCodes(codebooks),
    dataFile: { path: dataFileName, bytes: csvFile.bytes, sha256: csvFile.sha256 },
    codebookFile: { path: 'codebook.csv', bytes: codebookFile.bytes, sha256: codebookFile.sha256 },
  });
  await writer.write(downloadPaths.datapackage(id), `${JSON.stringify(descriptor, null, 2)}\n`);

  await writer.write(
    downloadPaths.ddi(id),
    ddiCodebook({
      codebooks, variables, dataFile: dataFileName, rows: csvFile.table?.rows ?? 0, citation: citations, url: datasetUrl('en', id),
      licence: { id: LICENCE.id, url: LICENCE.url }, notice, designGroup: trilingual((lang) => ui(lang).data_design_group),
    }),
  );

  const csvText = await readFile(path.join(writer.root, csvFile.path), 'utf8');
  const idWidth = longestFirstField(csvText);
  const writers = { 'syntax-r': rSyntax, 'syntax-stata': stataSyntax, 'syntax-spss': spssSyntax } as const;
  for (const lang of LANGS) {
    const header = [
      `${codebooks[lang].dataset.title}, ${ui(lang).data_cite_version} ${en.version}`,
      citations[lang],
      `${ui(lang).data_section_licence}: ${LICENCE.id} ${LICENCE.url}`,
      ...(notice ? [notice[lang]] : []),
    ];
    const input: SyntaxInput = { variables, lang, csvFile: dataFileName, datasetId: id, header, idWidth };
    for (const kind of Object.keys(SYNTAX_EXTENSIONS) as (keyof typeof SYNTAX_EXTENSIONS)[]) {
      await writer.write(downloadPaths.syntax(id, kind, lang), writers[kind](input));
    }
  }

  await writer.write(downloadPaths.readme(id), surveyReadme({ codebooks, citations, notice, missing: missingSentence({ variables, lang: 'en' }) }));
  return writer.files().filter((file) => file.path.startsWith(`${id}/`));
}
