/** The indicator page's figures as JSON: the same rows as the CSV (shares in 0..1), with the metadata alongside. */
import type { APIRoute } from 'astro';
import { questionIds, readAggregates, readCodebook, readQuestion } from '../../../../build/survey-data.ts';
import { LANGS, isLang } from '../../../../lib/i18n-langs.ts';
import { localPath } from '../../../../lib/paths.ts';
import { absoluteUrl } from '../../../../lib/site.ts';
import { indicatorContext } from '../../../../lib/indicator/context.ts';
import { LICENCE, downloadMetadataOf, downloadRows } from '../../../../lib/indicator/downloads.ts';

export function getStaticPaths() {
  return LANGS.flatMap((lang) => questionIds().map((id) => ({ params: { lang, id } })));
}

export const GET: APIRoute = ({ params }) => {
  const { lang, id } = params;
  if (!isLang(lang) || id === undefined) return new Response(null, { status: 404 });
  const context = indicatorContext(lang, readCodebook(lang), readQuestion(lang, id), readAggregates(id));
  const meta = downloadMetadataOf(context, absoluteUrl(localPath(lang, 'indicators', id)));
  const body = {
    question: id,
    lang,
    metadata: { ...meta, licence: LICENCE, datasetVersion: context.aggregates.version, synthetic: context.synthetic, weighted: context.aggregates.weighted },
    rows: downloadRows(context.aggregates, context.question, context.labels),
  };
  return new Response(`${JSON.stringify(body, null, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
