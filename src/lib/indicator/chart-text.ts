/**
 * The text descriptions of the charts (their accessible description, an SVG <desc>), generated from
 * the same data the chart draws, in the reader's language.
 */
import type { AnswerShare, ShareBar, TrendPoint } from '../../charts/types.ts';
import { fill, type UiStrings } from '../../i18n/index.ts';
import type { Lang } from '../i18n-langs.ts';
import type { QuestionAggregates } from '../survey/aggregates.ts';
import { pointsCell, shareLabel } from './cells.ts';
import type { Labels } from './labels.ts';
import { consecutiveWaveChanges } from './significance.ts';

function list(items: string[]): string {
  return items.join(', ');
}

/** "Line chart of … 2021–2024. Albania: 2021 61%, 2022 63%, …. Kosovo: …" */
export function trendDescription(t: UiStrings, lang: Lang, key: string, points: TrendPoint[], series: string[]): string {
  const waves = points.map((p) => p.wave);
  const first = Math.min(...waves);
  const last = Math.max(...waves);
  const values = series
    .map((name) => {
      const own = points.filter((p) => p.series === name).sort((a, b) => a.wave - b.wave);
      return own.length === 0 ? '' : fill(t.ind_trend_description_country, { country: name, values: list(own.map((p) => `${p.wave} ${shareLabel(lang, p.share, p.unreliable)}`)) });
    })
    .filter((text) => text !== '')
    .join(' ');
  return fill(t.ind_trend_description, { key, first: String(first), last: String(last), values });
}

export function breakdownDescription(t: UiStrings, lang: Lang, key: string, place: { country: string; wave: number; demographic: string }, bars: ShareBar[]): string {
  return fill(t.ind_breakdown_description, {
    key,
    country: place.country,
    wave: String(place.wave),
    demographic: place.demographic,
    values: list(bars.map((b) => `${b.group} ${shareLabel(lang, b.share, b.unreliable)}`)),
  });
}

/** One clause per country group: "Kosovo (2024): No trust at all 9%, …". */
export function distributionDescription(t: UiStrings, lang: Lang, segments: AnswerShare[], groups: { name: string; wave: number }[]): string {
  const values = groups
    .map(({ name, wave }) => {
      const own = segments.filter((s) => s.group === name);
      return fill(t.ind_distribution_description_country, { country: name, wave: String(wave), values: list(own.map((s) => `${s.answer} ${shareLabel(lang, s.share, s.unreliable)}`)) });
    })
    .join(' ');
  return fill(t.ind_distribution_description, { values });
}

/** The significant wave-to-wave changes of every country, as one sentence under the trend chart. */
export function changesSummary(t: UiStrings, lang: Lang, aggregates: QuestionAggregates, labels: Labels): string {
  const items = aggregates.countries.flatMap((country) =>
    [...consecutiveWaveChanges(country).values()]
      .filter((change) => change.direction !== 'same')
      .map((change) => fill(t.ind_trend_change_item, {
        country: labels.country(country.country),
        from: change.earlier.column.col,
        to: change.later.column.col,
        difference: `${change.direction === 'up' ? '▲' : '▼'} ${pointsCell(lang, change.difference)} ${t.ind_pp}`,
      })),
  );
  if (items.length === 0) return t.ind_trend_changes_none;
  // "p.p." at the end of the list already closes the sentence: never print "p.p..".
  return fill(t.ind_trend_changes_some, { changes: items.join('; ') }).replace(/\.\.$/, '.');
}
