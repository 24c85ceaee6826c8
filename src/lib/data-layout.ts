/**
 * The layout of the public data (public/data/, served at /data/), in one place: the pipeline writes
 * every file at these paths, and every reader finds them here (the pages at build time, the explorer in
 * the browser, the dataset pages' download lists). Paths are relative to public/data, with forward
 * slashes, as the manifest lists them; dataUrl() gives a file's address on the site. Pure.
 */
import type { Lang } from './i18n-langs.ts';

/** The folder under the project root that the pipeline fills and the site serves at /data/. */
export const PUBLIC_DATA_DIR = ['public', 'data'] as const;

/** The name of a dataset's second table, of sourced figures (representation → representation-figures). */
export function figuresTable(datasetId: string): string {
  return `${datasetId}-figures`;
}

/** The pipeline's tables, codebooks and build-time files. `table` names a dataset's second table (figuresTable). */
export const dataPaths = {
  manifest: 'manifest.json',
  parquet: (id: string, table: string = id) => `${id}/${table}.parquet`,
  csv: (id: string, table: string = id) => `${id}/${table}.csv`,
  /** The dataset as JSON, as the pages read it (representation, published figures). */
  json: (id: string) => `${id}/${id}.json`,
  /** The codebook in one language, every reference resolved. */
  codebook: (id: string, lang: Lang) => `${id}/codebook.${lang}.json`,
  /** One question's build-time tables. */
  aggregates: (id: string, question: string) => `${id}/aggregates/${question}.json`,
  /** KCSS's published figures beside the portal's recomputed values. */
  comparison: (id: string) => `${id}/comparison.json`,
};

/** Syntax file extensions per kind. */
export const SYNTAX_EXTENSIONS = { 'syntax-r': 'R', 'syntax-stata': 'do', 'syntax-spss': 'sps' } as const;

/** The researcher downloads the download step writes beside the tables. */
export const downloadPaths = {
  codebookCsv: (id: string) => `${id}/codebook.csv`,
  datapackage: (id: string) => `${id}/datapackage.json`,
  ddi: (id: string) => `${id}/ddi-codebook.xml`,
  readme: (id: string) => `${id}/README.txt`,
  syntax: (id: string, kind: keyof typeof SYNTAX_EXTENSIONS, lang: Lang) => `${id}/${id}-labels.${lang}.${SYNTAX_EXTENSIONS[kind]}`,
};

/** The file's name inside its dataset folder (what README files and download links show). */
export function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The address of a public data file on the site. */
export function dataUrl(path: string): string {
  return `/data/${path}`;
}
