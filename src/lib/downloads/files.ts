/**
 * The researcher downloads of a dataset, recognised in the manifest by file name: what each file is,
 * its format and, for per-language files, its language. The dataset pages list these (aggregates are
 * left out: the indicator pages offer them); the pipeline names the files with the helpers below.
 */
import { isLang, type Lang } from '../i18n-langs.ts';
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

/** Syntax file extensions per kind. */
export const SYNTAX_EXTENSIONS = { 'syntax-r': 'R', 'syntax-stata': 'do', 'syntax-spss': 'sps' } as const;

/** Paths (relative to public/data) of the files the download step writes. */
export const downloadPaths = {
  codebookCsv: (id: string) => `${id}/codebook.csv`,
  datapackage: (id: string) => `${id}/datapackage.json`,
  ddi: (id: string) => `${id}/ddi-codebook.xml`,
  readme: (id: string) => `${id}/README.txt`,
  syntax: (id: string, kind: keyof typeof SYNTAX_EXTENSIONS, lang: Lang) => `${id}/${id}-labels.${lang}.${SYNTAX_EXTENSIONS[kind]}`,
};

/** Display order of the kinds. */
const ORDER: readonly DownloadKind[] = ['parquet', 'csv', 'json', 'codebook-json', 'codebook-csv', 'datapackage', 'ddi', 'syntax-r', 'syntax-stata', 'syntax-spss', 'readme'];

function classify(datasetId: string, relative: string): { kind: DownloadKind; lang?: Lang } | null {
  if (relative === `${datasetId}.parquet`) return { kind: 'parquet' };
  if (relative === `${datasetId}.csv`) return { kind: 'csv' };
  // A dataset's second table (representation-figures): listed beside the first.
  if (relative === `${datasetId}-figures.parquet`) return { kind: 'parquet' };
  if (relative === `${datasetId}-figures.csv`) return { kind: 'csv' };
  if (relative === `${datasetId}.json`) return { kind: 'json' };
  if (relative === 'codebook.csv') return { kind: 'codebook-csv' };
  if (relative === 'datapackage.json') return { kind: 'datapackage' };
  if (relative === 'ddi-codebook.xml') return { kind: 'ddi' };
  if (relative === 'README.txt') return { kind: 'readme' };
  const codebook = /^codebook\.([a-z]{2})\.json$/u.exec(relative);
  if (codebook && isLang(codebook[1])) return { kind: 'codebook-json', lang: codebook[1] };
  const syntax = new RegExp(`^${datasetId.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}-labels\\.([a-z]{2})\\.(R|do|sps)$`, 'u').exec(relative);
  if (syntax && isLang(syntax[1])) {
    const kind = syntax[2] === 'R' ? 'syntax-r' : syntax[2] === 'do' ? 'syntax-stata' : 'syntax-spss';
    return { kind, lang: syntax[1] };
  }
  return null;
}

const LANG_ORDER: readonly Lang[] = ['en', 'sq', 'sr'];

/** The dataset's researcher downloads in display order; `preferred` language first among per-language files. */
export function researcherDownloads(datasetId: string, files: readonly ManifestFile[], preferred: Lang = 'en'): DownloadFile[] {
  const langRank = (lang: Lang | undefined) => (lang === undefined ? 0 : lang === preferred ? 1 : 2 + LANG_ORDER.indexOf(lang));
  return files
    .flatMap((file): DownloadFile[] => {
      const relative = file.path.slice(datasetId.length + 1);
      const found = file.path.startsWith(`${datasetId}/`) ? classify(datasetId, relative) : null;
      if (!found) return [];
      return [{ ...file, ...found, name: relative.split('/').pop() ?? relative }];
    })
    .sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || langRank(a.lang) - langRank(b.lang));
}
