/** public/data/manifest.json: every generated data file with its size and checksum. */
import type { DesignCell } from '../downloads/design-summary.ts';

export interface ManifestFile {
  /** Path relative to public/data/, with forward slashes. */
  path: string;
  /** Size in bytes. */
  bytes: number;
  /** SHA-256 of the file's bytes, lowercase hex. */
  sha256: string;
  /** For tables (Parquet, CSV): the number of data rows and the column names. */
  table?: { rows: number; columns: string[] };
}

export interface ManifestDataset {
  id: string;
  version: string;
  /** True when the data are synthetic demonstration data. */
  synthetic: boolean;
  /** Respondents in the table; absent for datasets that are not surveys (representation). */
  respondents?: number;
  /** The disclosure check of the respondent table (surveys only). */
  disclosure?: { k: number; kNonMajority?: number; inGroupsBelowThree: number; keys: string[] };
  /** The sample by country and wave, from the weights (surveys only): what the dataset page's method section shows. */
  design?: DesignCell[];
  /** The dataset's files, sorted by path. */
  files: ManifestFile[];
}

export interface Manifest {
  /** The program that wrote the files (no timestamp, so identical inputs give identical bytes). */
  generatedBy: string;
  datasets: ManifestDataset[];
}
