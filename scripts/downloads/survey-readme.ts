/** README.txt of a survey dataset's downloads: the file list, missing codes, citation, licence, notice. */
import { datasetUrl } from '../../src/lib/downloads/dataset-citation.ts';
import { dataPaths, downloadPaths, fileName, SYNTAX_EXTENSIONS } from '../../src/lib/data-layout.ts';
import { readmeText } from '../../src/lib/downloads/readme.ts';
import { LICENCE } from '../../src/lib/downloads/licence.ts';
import type { Codebooks, Trilingual } from '../../src/lib/downloads/variables.ts';
import { LANGS } from '../../src/lib/i18n-langs.ts';

export interface SurveyReadmeInput {
  codebooks: Codebooks;
  citations: Trilingual;
  notice: Trilingual | null;
  /** "97 = Not asked, 98 = Don't know, 99 = Refused" */
  missing: string;
}

const LANGUAGE_NAME = { sq: 'Albanian', en: 'English', sr: 'Serbian' } as const;
const SYNTAX_NAME = { 'syntax-r': 'R script', 'syntax-stata': 'Stata do-file', 'syntax-spss': 'SPSS syntax' } as const;

export function surveyReadme({ codebooks, citations, notice, missing }: SurveyReadmeInput): string {
  const dataset = codebooks.en.dataset;
  const id = dataset.id;
  const files = [
    { path: fileName(dataPaths.parquet(id)), description: 'Microdata in Parquet: one row per respondent, answers as integer codes, weight as a double.' },
    { path: fileName(dataPaths.csv(id)), description: 'The same microdata as CSV (UTF-8, comma-separated, header row).' },
    ...LANGS.map((lang) => ({ path: fileName(dataPaths.codebook(id, lang)), description: `The codebook as JSON, in ${LANGUAGE_NAME[lang]}: questions, wording by country, answer codes and labels, modules.` })),
    { path: fileName(downloadPaths.codebookCsv(id)), description: 'The codebook as CSV: one row per variable and value, labels in Albanian, English and Serbian.' },
    { path: fileName(downloadPaths.datapackage(id)), description: 'Frictionless Tabular Data Package: column types, valid codes (enum), missing values, licence, checksums.' },
    { path: fileName(downloadPaths.ddi(id)), description: 'The codebook in DDI-Codebook 2.5 XML, with labels in the three languages.' },
    ...(Object.keys(SYNTAX_EXTENSIONS) as (keyof typeof SYNTAX_EXTENSIONS)[]).flatMap((kind) =>
      LANGS.map((lang) => ({ path: fileName(downloadPaths.syntax(id, kind, lang)), description: `${SYNTAX_NAME[kind]} that reads ${id}.csv and applies variable and value labels in ${LANGUAGE_NAME[lang]}.` })),
    ),
  ];
  return readmeText({
    title: { sq: codebooks.sq.dataset.title, en: dataset.title, sr: codebooks.sr.dataset.title },
    version: dataset.version,
    description: dataset.description,
    url: datasetUrl('en', id),
    files,
    citation: citations,
    licence: `${LICENCE.title} (${LICENCE.id}), ${LICENCE.url}. You may share and adapt the data for any purpose, provided you credit the source.`,
    notice,
    notes: [
      `Missing codes, the same for every question: ${missing}. A question not put to a respondent (not asked in that country or wave) holds 97.`,
      `Method: ${dataset.method}`,
      `Syntax files: put them next to ${id}.csv and run them from that folder. The Stata and SPSS files are UTF-8 (Stata 14 or newer; SPSS in Unicode mode). The R script needs no package; its labels follow the "label"/"labels" attribute convention that the haven and labelled packages read.`,
    ],
  });
}
