/** public/data/manifest.json: every generated data file with its size and checksum. */
import { z } from 'zod';
import type { DesignCell } from '../downloads/design-summary.ts';

const Count = z.number().int().min(0);

/**
 * The disclosure control of a survey's respondent table: the rules' parameters as the import applied
 * them (from its map, through the codebook) and the check of the published rows. The dataset page fills
 * its sentence from these, so the site build validates them (src/build/survey-data.ts).
 */
export const ManifestDisclosure = z.strictObject({
  /** The smallest group's size on the key variables (k). */
  k: Count,
  /** k among respondents of non-majority ethnic groups (where the risk lies). */
  kNonMajority: Count,
  /** The key variables (country first). */
  keys: z.array(z.string().min(1)).min(1),
  /** Ethnic groups with fewer respondents than this in a country were merged into "Other". */
  mergeBelow: z.number().int().min(2),
  /** Local suppression's minimum: no non-majority respondent is left in a group of fewer (themselves included). */
  localSuppressionMinimum: z.number().int().min(2),
  /** Respondents in groups of fewer than `localSuppressionMinimum` (all of the majority of their country). */
  inSmallGroups: Count,
});
export type ManifestDisclosure = z.infer<typeof ManifestDisclosure>;

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
  /** Disclosure control of the respondent table (surveys whose codebook records the rules applied; not synthetic data). */
  disclosure?: ManifestDisclosure;
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
