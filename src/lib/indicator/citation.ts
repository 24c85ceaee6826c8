/** How to cite an indicator: publisher, year of the dataset version, dataset, question, kind of data, URL. */
import type { ResolvedDataset } from '../codebook/resolved.ts';
import { fill, type UiStrings } from '../../i18n/index.ts';
import { releaseYear } from '../release.ts';

export function citation(t: UiStrings, dataset: ResolvedDataset, question: string, url: string): string {
  return fill(t.ind_cite_template, {
    publisher: dataset.publisher,
    year: String(releaseYear(dataset)),
    dataset: dataset.title,
    version: dataset.version,
    question,
    kind: dataset.synthetic ? t.ind_cite_kind_synthetic : t.ind_cite_kind_real,
    url,
  });
}
