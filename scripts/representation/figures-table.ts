/**
 * The published figures as a tidy table (one row per figure), written as CSV and as Parquet with the
 * same columns; the column list also drives the datapackage.json schema. Names are joined in three
 * languages so the files read on their own, and `source_url` is never empty: every figure leaves the
 * pipeline with the address of its source.
 */
import { parquetWriteBuffer } from 'hyparquet-writer';
import { toCsv, type CsvCell } from '../../src/lib/csv.ts';
import type { SourcePublication } from '../../src/lib/downloads/representation-dataset.ts';
import { absoluteUrl } from '../../src/lib/site.ts';
import type { Lang } from '../../src/lib/i18n-langs.ts';
import { localPath } from '../../src/lib/paths.ts';
import type { FigureLabels } from '../../src/lib/representation/figure-labels.ts';
import type { PublishedFigure } from '../../src/lib/representation/figure-schema.ts';
import { figureSourceUrl } from '../../src/lib/representation/figures-dataset.ts';
import type { TableColumn } from './representation-table.ts';

/** What a column needs besides the figure: names and publications. */
export interface FigureRowContext {
  labels: FigureLabels;
  publications: readonly SourcePublication[];
}

export type FigureColumn = Omit<TableColumn, 'value'> & { value: (figure: PublishedFigure, context: FigureRowContext) => string | number | null };

const LANG_NAMES: Record<Lang, string> = { sq: 'Albanian', en: 'English', sr: 'Serbian' };
const LANGS_IN_FILE: readonly Lang[] = ['sq', 'en', 'sr'];

function text(name: string, description: string, value: FigureColumn['value'], nullable = false): FigureColumn {
  return { name, parquet: 'STRING', type: 'string', nullable, description, value };
}

function labelled(name: string, what: string, pick: (figure: PublishedFigure, context: FigureRowContext, lang: Lang) => string): FigureColumn[] {
  return LANGS_IN_FILE.map((lang) => text(`${name}_${lang}`, `${what} in ${LANG_NAMES[lang]}.`, (figure, context) => pick(figure, context, lang)));
}

export const FIGURE_COLUMNS: readonly FigureColumn[] = [
  text('figure_id', 'Id of the figure: the research row and the figure\'s number within it (B02-1).', (f) => f.figureId),
  text('source_row', 'Row of section B of the research notes the figure comes from.', (f) => f.sourceRow),
  text('institution', 'Institution id (kp = Kosovo Police, ksf = Kosovo Security Force).', (f) => f.institution),
  ...labelled('institution_name', 'Institution name', (f, c, lang) => c.labels.institution(f.institution).name[lang]),
  text('group', 'Group the figure is about (women, non-majority, serb, all = total, ...).', (f) => f.group),
  ...labelled('group_label', 'Group name', (f, c, lang) => c.labels.group(f.group)[lang]),
  text('measure', 'What the figure counts: staff (members of the group), left (members who left), target, target-increase.', (f) => f.measure),
  text('level', 'Part of the staff the figure counts (all, uniformed, recruits, a rank, ...).', (f) => f.level),
  ...labelled('level_label', 'Level name', (f, c, lang) => c.labels.level(f.institution, f.level)[lang]),
  { name: 'value', parquet: 'DOUBLE', type: 'number', nullable: false, description: 'The number as published, without its qualifier.', value: (f) => f.value },
  text('qualifier', 'Word the source puts before the number (about, over, up-to, less-than, almost, close-to); empty when none. The value is not exact when set.', (f) => f.qualifier ?? null, true),
  text('value_text', 'The value as printed, in the source\'s language.', (f) => f.valueText),
  text('unit', 'percent (0-100) or count (head count).', (f) => f.unit),
  { name: 'year', parquet: 'INT32', type: 'integer', nullable: true, description: 'Year the figure refers to; empty when the source does not say.', value: (f) => f.year ?? null },
  text('year_status', 'How the year was found: stated, publication (date of the source), approximate, inferred, not-stated.', (f) => f.yearStatus),
  text('year_note', 'Why the year is what it is, when it is approximate, inferred or not stated.', (f) => f.yearNote ?? null, true),
  text('publisher', 'Who published the source.', (f) => f.publisher),
  text('attribution', 'Who the source says gave the figure, when not the publisher.', (f) => f.attribution ?? null, true),
  text('source_url', 'Address of the source (never empty).', (f, c) => figureSourceUrl(f, c.publications, (id) => absoluteUrl(localPath('en', 'publications', id)))),
  text('publication', 'Id of the source on the portal, when it is in the portal\'s library.', (f) => f.publication ?? null, true),
  text('flags', 'Cautions separated by ";": uncertain, low-reliability, printed-error, sum-mismatch, context.', (f) => f.flags.join(';')),
  text('conflict_group', 'Shared by figures that report the same quantity differently; all of them are kept.', (f) => f.conflictGroup ?? null, true),
  text('note', 'Further notes on the figure.', (f) => f.note ?? null, true),
];

export function figuresCsv(figures: readonly PublishedFigure[], context: FigureRowContext): string {
  return toCsv(FIGURE_COLUMNS.map((column) => column.name), figures.map((figure) => FIGURE_COLUMNS.map((column): CsvCell => column.value(figure, context))));
}

export function figuresParquet(figures: readonly PublishedFigure[], context: FigureRowContext, version: string): Uint8Array {
  const buffer = parquetWriteBuffer({
    columnData: FIGURE_COLUMNS.map((column) => ({
      name: column.name,
      data: figures.map((figure) => column.value(figure, context)),
      type: column.parquet,
      nullable: column.nullable,
    })),
    rowGroupSize: Math.max(figures.length, 1),
    createdBy: 'security-barometer-portal scripts/data.ts',
    kvMetadata: [
      { key: 'dataset', value: 'representation' },
      { key: 'table', value: 'figures' },
      { key: 'version', value: version },
      { key: 'synthetic', value: 'false' },
    ],
  });
  return new Uint8Array(buffer);
}
