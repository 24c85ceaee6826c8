/**
 * The researcher downloads of a dataset, recognised in the manifest by file name: what each file is,
 * its format and, for per-language files, its language. The dataset pages list these (aggregates are
 * left out: the indicator pages offer them); the files are named by the data layout (../data-layout.ts).
 */
import { dataPaths, downloadPaths, fileName, figuresTable, SYNTAX_EXTENSIONS } from '../data-layout.ts';
import { LANGS, type Lang } from '../i18n-langs.ts';
import type { ManifestFile } from '../survey/manifest.ts';

export type DownloadKind =
  | 'parquet' | 'csv' | 'json' | 'codebook-json' | 'codebook-csv' | 'datapackage' | 'ddi' | 'syntax-r' | 'syntax-stata' | 'syntax-spss' | 'readme';

export interface DownloadFile extends ManifestFile {
  kind: DownloadKind;
  /** Language of the labels inside, for per-language files. */
  lang?: Lang;
  /** File name without folders. */
  name: string;
}

/** Display order of the kinds. */
const ORDER: readonly DownloadKind[] = ['parquet', 'csv', 'json', 'codebook-json', 'codebook-csv', 'datapackage', 'ddi', 'syntax-r', 'syntax-stata', 'syntax-spss', 'readme'];

/** Every file of a dataset that the dataset page lists, by its path in the data layout. */
function listedFiles(datasetId: string): { path: string; kind: DownloadKind; lang?: Lang }[] {
  // A dataset's second table (representation-figures) is listed beside the first.
  const second = figuresTable(datasetId);
  return [
    { path: dataPaths.parquet(datasetId), kind: 'parquet' },
    { path: dataPaths.csv(datasetId), kind: 'csv' },
    { path: dataPaths.parquet(datasetId, second), kind: 'parquet' },
    { path: dataPaths.csv(datasetId, second), kind: 'csv' },
    { path: dataPaths.json(datasetId), kind: 'json' },
    ...LANGS.map((lang) => ({ path: dataPaths.codebook(datasetId, lang), kind: 'codebook-json' as const, lang })),
    { path: downloadPaths.codebookCsv(datasetId), kind: 'codebook-csv' },
    { path: downloadPaths.datapackage(datasetId), kind: 'datapackage' },
    { path: downloadPaths.ddi(datasetId), kind: 'ddi' },
    { path: downloadPaths.readme(datasetId), kind: 'readme' },
    ...(Object.keys(SYNTAX_EXTENSIONS) as (keyof typeof SYNTAX_EXTENSIONS)[]).flatMap((kind) =>
      LANGS.map((lang) => ({ path: downloadPaths.syntax(datasetId, kind, lang), kind, lang }))),
  ];
}

const LANG_ORDER: readonly Lang[] = ['en', 'sq', 'sr'];

/** The dataset's researcher downloads in display order; `preferred` language first among per-language files. */
export function researcherDownloads(datasetId: string, files: readonly ManifestFile[], preferred: Lang = 'en'): DownloadFile[] {
  const langRank = (lang: Lang | undefined) => (lang === undefined ? 0 : lang === preferred ? 1 : 2 + LANG_ORDER.indexOf(lang));
  const listed = new Map(listedFiles(datasetId).map(({ path, ...found }) => [path, found]));
  return files
    .flatMap((file): DownloadFile[] => {
      const found = listed.get(file.path);
      return found ? [{ ...file, ...found, name: fileName(file.path) }] : [];
    })
    .sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || langRank(a.lang) - langRank(b.lang));
}
