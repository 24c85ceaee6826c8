/**
 * The citation of a dataset in one language, from what the pipeline knows: the codebook's dataset
 * block for surveys, the release record for the representation tables. The citation URL is the
 * dataset's page in that language.
 */
import type { ResolvedDataset } from '../codebook/resolved.ts';
import type { Lang } from '../i18n-langs.ts';
import { localPath } from '../paths.ts';
import { ui } from '../../i18n/index.ts';
import type { CitationInput } from './citation.ts';
import { absoluteUrl } from '../site.ts';
import { releaseYear } from '../release.ts';

/** The dataset's page in a language, as an absolute URL. */
export function datasetUrl(lang: Lang, datasetId: string): string {
  return absoluteUrl(localPath(lang, 'data', datasetId));
}

export interface CitedDataset {
  id: string;
  title: string;
  publisher: string;
  version: string;
  year: number;
  synthetic: boolean;
}

export function citationInput(lang: Lang, dataset: CitedDataset): CitationInput {
  const t = ui(lang);
  return {
    id: dataset.id,
    author: dataset.publisher,
    year: dataset.year,
    title: dataset.title,
    version: dataset.version,
    publisher: dataset.publisher,
    url: datasetUrl(lang, dataset.id),
    language: lang,
    words: { version: t.data_cite_version, dataSet: t.data_cite_dataset },
    ...(dataset.synthetic ? { note: t.data_cite_synthetic } : {}),
  };
}

/** A survey dataset as cited: publisher, release year, title and version from its codebook. */
export function surveyCitation(lang: Lang, dataset: ResolvedDataset): CitationInput {
  return citationInput(lang, { ...dataset, year: releaseYear(dataset) });
}
