/** A dataset's reference as a BibTeX (.bib) or RIS (.ris) file, in the citation's language. */
import type { APIRoute } from 'astro';
import { datasetCite } from '../../../../components/data/dataset-cite.ts';
import { surveyDatasets } from '../../../../build/dataset-data.ts';
import { CITATION_FORMATS, citationResponse, isCitationFormat } from '../../../../lib/citation/files.ts';
import { bibtexCitation, risCitation } from '../../../../lib/downloads/citation.ts';
import { REPRESENTATION_ID } from '../../../../lib/downloads/representation-dataset.ts';
import { LANGS, isLang } from '../../../../lib/i18n-langs.ts';

export function getStaticPaths() {
  const ids = [...surveyDatasets().map((dataset) => dataset.id), REPRESENTATION_ID];
  return LANGS.flatMap((lang) => ids.flatMap((id) => CITATION_FORMATS.map((format) => ({ params: { lang, id, format } }))));
}

export const GET: APIRoute = ({ params }) => {
  const { lang, id, format } = params;
  if (!isLang(lang) || id === undefined || !isCitationFormat(format)) return new Response(null, { status: 404 });
  const { citation } = datasetCite(lang, id);
  return citationResponse(format, format === 'bib' ? bibtexCitation(citation) : risCitation(citation));
};
