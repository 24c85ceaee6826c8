/**
 * How a dataset is cited in one language, for its page, its citation meta tags and its .bib and .ris
 * files: the survey from its codebook, the representation tables and the published figures from their
 * release records. Build
 * time only (reads public/data).
 */
import { readCodebook } from '../../build/survey-data.ts';
import type { CitationMetaInput } from '../../lib/citation/meta-tags.ts';
import type { CitationInput } from '../../lib/downloads/citation.ts';
import { citationInput, surveyCitation } from '../../lib/downloads/dataset-citation.ts';
import { REPRESENTATION_ID } from '../../lib/downloads/representation-dataset.ts';
import type { Lang } from '../../lib/i18n-langs.ts';
import { PUBLISHED_ID, PUBLISHED_RELEASE } from '../../lib/published/figures.ts';
import { releaseDate } from '../../lib/release.ts';
import { ui } from '../../i18n/index.ts';
import { readRepresentation } from '../../build/dataset-data.ts';

export interface DatasetCite {
  citation: CitationInput;
  meta: CitationMetaInput;
}

export function datasetCite(lang: Lang, id: string): DatasetCite {
  let citation: CitationInput;
  let date: string;
  if (id === PUBLISHED_ID) {
    date = PUBLISHED_RELEASE.date;
    citation = citationInput(lang, { id, title: ui(lang).pub_title, publisher: ui(lang).publisher, version: PUBLISHED_RELEASE.version, year: Number(date.slice(0, 4)), synthetic: false });
  } else if (id === REPRESENTATION_ID) {
    const dataset = readRepresentation();
    date = releaseDate(dataset);
    citation = citationInput(lang, { id, title: dataset.metadata.title[lang], publisher: ui(lang).publisher, version: dataset.version, year: Number(date.slice(0, 4)), synthetic: false });
  } else {
    const dataset = readCodebook(lang, id).dataset;
    citation = surveyCitation(lang, dataset);
    date = releaseDate(dataset);
  }
  return {
    citation,
    meta: { title: citation.title, authors: [citation.author], date, publisher: citation.publisher, language: lang, kind: 'dataset' },
  };
}
