/**
 * The words and texts of the subset download's header in one language, prepared at build time (the
 * explorer page hands them to the browser as JSON, so the browser bundle carries no dictionary).
 */
import type { ResolvedDataset } from '../codebook/resolved.ts';
import type { Lang } from '../i18n-langs.ts';
import { ui } from '../../i18n/index.ts';
import { apaCitation } from './citation.ts';
import { datasetUrl, surveyCitation } from './dataset-citation.ts';

export interface SubsetStrings {
  title: string;
  filters: string;
  noFilters: string;
  variables: string;
  rows: string;
  codes: string;
  source: string;
  licence: string;
  citation: string;
  permalink: string;
  notice: string;
  noticeText: string;
  /** The dataset's page (codebook, method, downloads). */
  datasetPage: string;
  /** The dataset's suggested citation (APA). */
  citationText: string;
}

export function subsetStrings(lang: Lang, dataset: ResolvedDataset): SubsetStrings {
  const t = ui(lang);
  return {
    title: t.data_subset_title,
    filters: t.data_subset_filters,
    noFilters: t.data_subset_no_filters,
    variables: t.data_subset_variables,
    rows: t.data_subset_rows,
    codes: t.data_subset_codes,
    source: t.data_subset_source,
    licence: t.data_section_licence,
    citation: t.data_section_cite,
    permalink: t.data_subset_permalink,
    notice: t.synthetic_title,
    noticeText: t.synthetic_notice,
    datasetPage: datasetUrl(lang, dataset.id),
    citationText: apaCitation(surveyCitation(lang, dataset)),
  };
}
