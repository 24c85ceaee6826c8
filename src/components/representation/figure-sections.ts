/**
 * The published figures arranged for the page, one section per institution: the table lines (every
 * figure, oldest year first, undated last, with its value in words, year caution, notes and source
 * link), the points of the chart across years, and the conflict groups with all their figures. Pure;
 * used by the page's components at build time.
 */
import type { PublishedPoint } from '../../charts/published-figures.ts';
import type { RepresentationDataset } from '../../lib/downloads/representation-dataset.ts';
import type { Lang } from '../../lib/i18n-langs.ts';
import { localPath } from '../../lib/paths.ts';
import { fill, pluralForm, ui } from '../../i18n/index.ts';
import { formatCount } from '../../lib/format.ts';
import { figureLabels, type FigureLabels } from '../../lib/representation/figure-labels.ts';
import { flagLabel, formatFigureValue, measureLabel, yearCaution } from '../../lib/representation/figure-format.ts';
import { UNCERTAIN_YEAR_STATUSES, type FigureVocabulary, type PublishedFigure } from '../../lib/representation/figure-schema.ts';
import { figuresPart } from '../../lib/representation/figures-dataset.ts';

export interface FigureLine {
  figure: PublishedFigure;
  /** "2020", or "" when the source gives no year. */
  year: string;
  /** "approximate year", "year not stated", … or null. */
  yearCaution: string | null;
  group: string;
  level: string;
  /** "about 16%". */
  value: string;
  publisher: string;
  /** The source's own address, or the publication's page on the portal. */
  href: string;
  /** Measure and flags in words. */
  notes: string[];
  conflict: { id: string; label: string } | null;
}

export interface ConflictView {
  id: string;
  label: string;
  lines: FigureLine[];
}

export interface InstitutionFigures {
  id: string;
  name: string;
  shortName: string;
  lines: FigureLine[];
  points: PublishedPoint[];
  conflicts: ConflictView[];
}

/** Flags that keep a figure out of the charts: drawing it would lend it weight the table qualifies. */
const NOT_DRAWN = new Set(['printed-error', 'low-reliability']);

function isDrawn(figure: PublishedFigure, vocabulary: FigureVocabulary): boolean {
  const group = vocabulary.groups.find((item) => item.id === figure.group);
  const level = vocabulary.levels.find((item) => item.id === figure.level);
  return figure.measure === 'staff' && figure.unit === 'percent' && figure.year !== undefined
    && group?.chart === true && level?.staff === true && !figure.flags.some((flag) => NOT_DRAWN.has(flag));
}

function line(lang: Lang, figure: PublishedFigure, labels: FigureLabels): FigureLine {
  const measure = measureLabel(lang, figure.measure);
  return {
    figure,
    year: figure.year === undefined ? '' : String(figure.year),
    yearCaution: yearCaution(lang, figure.yearStatus),
    group: labels.group(figure.group)[lang],
    level: labels.level(figure.institution, figure.level)[lang],
    value: formatFigureValue(lang, figure),
    publisher: figure.publisher,
    href: figure.sourceUrl ?? localPath(lang, 'publications', figure.publication ?? ''),
    notes: [...(measure === null ? [] : [measure]), ...figure.flags.map((flag) => flagLabel(lang, flag))],
    conflict: figure.conflictGroup === undefined ? null : { id: figure.conflictGroup, label: labels.conflict(figure.conflictGroup)[lang] },
  };
}

function point(lang: Lang, item: FigureLine): PublishedPoint {
  const { figure } = item;
  const caution = item.yearCaution === null ? '' : ` (${item.yearCaution})`;
  return {
    series: item.group,
    year: figure.year ?? 0,
    share: figure.value / 100,
    uncertainYear: UNCERTAIN_YEAR_STATUSES.includes(figure.yearStatus),
    title: `${item.group}, ${item.year}${caution}: ${item.value} (${item.level}). ${ui(lang).rep_source}: ${item.publisher}`,
  };
}

/** Oldest first, undated last; figures of one year in file order. */
function byYear(a: FigureLine, b: FigureLine): number {
  return (a.figure.year ?? Number.POSITIVE_INFINITY) - (b.figure.year ?? Number.POSITIVE_INFINITY);
}

export function institutionSections(dataset: RepresentationDataset, lang: Lang): InstitutionFigures[] {
  const { figures, figureVocabulary: vocabulary } = figuresPart(dataset);
  const labels = figureLabels(vocabulary, dataset.metadata);
  return vocabulary.institutions.flatMap((institution) => {
    const own = figures.filter((figure) => figure.institution === institution.id);
    if (own.length === 0) return [];
    const lines = own.map((figure) => line(lang, figure, labels)).sort(byYear);
    const conflicts = vocabulary.conflicts
      .filter((conflict) => conflict.institution === institution.id)
      .map((conflict) => ({ id: conflict.id, label: conflict.label[lang], lines: lines.filter((item) => item.conflict?.id === conflict.id) }))
      .filter((conflict) => conflict.lines.length > 0);
    return [{
      id: institution.id,
      name: institution.name[lang],
      shortName: institution.shortName[lang],
      lines,
      points: lines.filter((item) => isDrawn(item.figure, vocabulary)).map((item) => point(lang, item)),
      conflicts,
    }];
  });
}

/** The groups the charts draw, in vocabulary order: every chart gives a group the same colour and shape. */
export function chartSeries(dataset: RepresentationDataset, lang: Lang): string[] {
  return figuresPart(dataset).figureVocabulary.groups.filter((group) => group.chart).map((group) => group.label[lang]);
}

/** The chart's accessible description, generated from its points. */
export function trendDescription(lang: Lang, points: readonly PublishedPoint[], formatShare: (share: number) => string): string {
  const years = points.map((p) => p.year);
  const shares = points.map((p) => p.share);
  const series = [...new Set(points.map((p) => p.series))].join(', ');
  return fill(pluralForm(lang, ui(lang).rep_trend_description, points.length), {
    count: formatCount(lang, points.length), first: Math.min(...years), last: Math.max(...years), series, min: formatShare(Math.min(...shares)), max: formatShare(Math.max(...shares)),
  });
}
