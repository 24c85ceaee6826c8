/** The indicator page's figures as CSV, headed by #-comment lines (question, source, licence, citation, notice). */
import type { APIRoute } from 'astro';
import { questionIds, readAggregates, readCodebook, readQuestion } from '../../../../build/survey-data.ts';
import { LANGS, isLang } from '../../../../lib/i18n-langs.ts';
import { localPath } from '../../../../lib/paths.ts';
import { absoluteUrl } from '../../../../lib/site.ts';
import { indicatorContext } from '../../../../lib/indicator/context.ts';
import { toCsv } from '../../../../lib/csv.ts';
import { CSV_COLUMNS, csvValues, downloadMetadataOf, downloadRows, metadataLines } from '../../../../lib/indicator/downloads.ts';

export function getStaticPaths() {
  return LANGS.flatMap((lang) => questionIds().map((id) => ({ params: { lang, id } })));
}

export const GET: APIRoute = ({ params }) => {
  const { lang, id } = params;
  if (!isLang(lang) || id === undefined) return new Response(null, { status: 404 });
  const context = indicatorContext(lang, readCodebook(lang), readQuestion(lang, id), readAggregates(id));
  const meta = downloadMetadataOf(context, absoluteUrl(localPath(lang, 'indicators', id)));
  const rows = downloadRows(context.aggregates, context.question, context.labels).map(csvValues);
  return new Response(toCsv(CSV_COLUMNS, rows, { comments: metadataLines(context.t, meta), eol: '\r\n' }), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
