/** A publication's reference as a BibTeX (.bib) or RIS (.ris) file, in the citation's language. */
import type { APIRoute } from 'astro';
import { siteLibrary } from '../../../../build/library.ts';
import { publicationCite } from '../../../../components/library/publication-cite.ts';
import { CITATION_FORMATS, citationResponse, isCitationFormat } from '../../../../lib/citation/files.ts';
import { LANGS, isLang } from '../../../../lib/i18n-langs.ts';
import { publicationBibtex, publicationRis } from '../../../../lib/library/citation-formats.ts';
import type { Publication } from '../../../../lib/library/schema.ts';

export function getStaticPaths() {
  return LANGS.flatMap((lang) => siteLibrary().publications.flatMap((publication) =>
    CITATION_FORMATS.map((format) => ({ params: { lang, id: publication.id, format }, props: { publication } }))));
}

export const GET: APIRoute<{ publication: Publication }> = ({ params, props }) => {
  const { lang, format } = params;
  if (!isLang(lang) || !isCitationFormat(format)) return new Response(null, { status: 404 });
  const { context } = publicationCite(lang, props.publication);
  return citationResponse(format, format === 'bib' ? publicationBibtex(props.publication, context) : publicationRis(props.publication, context));
};
