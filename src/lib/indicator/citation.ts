/** How to cite an indicator: publisher, year of the dataset version, dataset, question, kind of data, URL. */
import type { ResolvedDataset } from '../codebook/resolved.ts';
import { fill, type UiStrings } from '../../i18n/index.ts';

/** The year the dataset's current version was released (from its changelog), else the last wave. */
export function releaseYear(dataset: ResolvedDataset): number {
  const entry = dataset.changelog.find((change) => change.version === dataset.version);
  const year = entry ? Number(entry.date.slice(0, 4)) : NaN;
  return Number.isFinite(year) ? year : (dataset.waves[dataset.waves.length - 1] ?? 0);
}

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
