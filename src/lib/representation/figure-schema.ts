/**
 * Published figures on the representation of women and non-majority communities in the security
 * institutions (data/representation/figures/): one row per figure as a source printed it, with the
 * source on every row. Unlike the rank table, figures come from many sources, are not shares that sum
 * to 100, and may be approximate ("about 16%"), so the qualifier is kept beside the number, never
 * folded into it. The closed lists below are the portal's own categories (labelled in src/i18n); the
 * open ones (institutions, groups, levels, conflicts) live in figures/vocabulary.yaml.
 */
import { z } from 'zod';
import { Text } from '../codebook/schema.ts';
import { Slug } from '../library/schema.ts';

/** Words a source puts before a number; `about` also covers "around", "some", "approximately". */
export const QUALIFIERS = ['about', 'over', 'up-to', 'less-than', 'almost', 'close-to'] as const;
export const Qualifier = z.enum(QUALIFIERS);
export type Qualifier = z.infer<typeof Qualifier>;

export const UNITS = ['percent', 'count'] as const;
export const Unit = z.enum(UNITS);
export type Unit = z.infer<typeof Unit>;

/**
 * What a figure counts: members of the group (`staff`), members who left, a target the institution
 * set, or a targeted increase. Targets and departures are kept apart so no one reads them as head counts.
 */
export const MEASURES = ['staff', 'left', 'target', 'target-increase'] as const;
export const Measure = z.enum(MEASURES);
export type Measure = z.infer<typeof Measure>;

/**
 * How the year was found: stated by the source, the date of publication (the source says "today"),
 * approximate (known only roughly), inferred from the context, or not stated at all (no year).
 */
export const YEAR_STATUSES = ['stated', 'publication', 'approximate', 'inferred', 'not-stated'] as const;
export const YearStatus = z.enum(YEAR_STATUSES);
export type YearStatus = z.infer<typeof YearStatus>;
/** Years a reader should not take at face value: marked on the page and drawn hollow in charts. */
export const UNCERTAIN_YEAR_STATUSES: readonly YearStatus[] = ['approximate', 'inferred'];

/**
 * Cautions on a figure. `uncertain`: wording, date or scope unclear; `low-reliability`: an unsourced
 * text; `printed-error`: printed as is though evidently wrong; `sum-mismatch`: parts listed by the
 * source do not add up to the total it gives; `context`: a size or denominator, not a representation
 * figure. Conflicts are not a flag: they are the conflict group, so that both sides are always named.
 */
export const FLAGS = ['uncertain', 'low-reliability', 'printed-error', 'sum-mismatch', 'context'] as const;
export const Flag = z.enum(FLAGS);
export type Flag = z.infer<typeof Flag>;

/** `B02-1`: the row of the research notes (B02) and the figure's number within it. */
export const FIGURE_ID = /^(B\d{2})-([1-9]\d*)$/u;

const wholeYear = z.number({ error: 'must be a whole number' }).int('must be a whole number').min(1990, 'must be 1990 or later').max(2100, 'must be 2100 or earlier');

/** One row of figures.csv, as written (camelCase fields; labels live in the vocabulary). */
export const FigureCsvRow = z.strictObject({
  /** `B02-1`, unique. */
  figureId: z.string().regex(FIGURE_ID, 'must look like B02-1 (research row, hyphen, number from 1)'),
  /** Row of section B of the research notes the figure comes from (`B02`). */
  sourceRow: z.string().regex(/^B\d{2}$/u, 'must look like B02'),
  /** Institution id from the vocabulary. */
  institution: Slug,
  /** Group id from the vocabulary (women, non-majority, serb, …). */
  group: Slug,
  /** What the figure counts. */
  measure: Measure,
  /** Level id from the vocabulary, or a rank id of the institution in metadata.yaml. */
  level: Slug,
  /** The number as published, without its qualifier. */
  value: z.number({ error: 'must be a number' }).min(0, 'must be at least 0'),
  /** The word before the number in the source, if any. */
  qualifier: Qualifier.optional(),
  /** The value as printed, in the source's language. */
  valueText: z.string().trim().min(1, 'must not be empty: copy the value as printed'),
  /** Percent (0–100) or head count. */
  unit: Unit,
  /** Year the figure refers to; absent when the source does not say. */
  year: wholeYear.optional(),
  /** How the year was found. */
  yearStatus: YearStatus,
  /** Why the year is what it is, when it is approximate, inferred or missing (English). */
  yearNote: z.string().trim().min(1).optional(),
  /** Who published the source page (outlet or organisation). */
  publisher: z.string().trim().min(1, 'must not be empty'),
  /** Who the source says gave the figure, when not the publisher (English). */
  attribution: z.string().trim().min(1).optional(),
  /** Address of the source page; may be left out only when `publication` names it. */
  sourceUrl: z.url({ protocol: /^https?$/u, error: 'must be an http(s) URL' }).optional(),
  /** Publication id (data/publications/) when the source is in the portal's library. */
  publication: Slug.optional(),
  /** Cautions, in the file separated by `;`. */
  flags: z.array(Flag),
  /** Conflict id from the vocabulary, shared by figures that report one quantity differently. */
  conflictGroup: Slug.optional(),
  /** Anything else a reader of the data should know (English). */
  note: z.string().trim().min(1).optional(),
});
export type FigureCsvRow = z.infer<typeof FigureCsvRow>;
/** A validated figure. */
export const PublishedFigure = FigureCsvRow.extend({
  /** Digits after the decimal point as written in the file, so that 33.60 is shown as 33.60, not 33.6. */
  decimals: z.number().int().min(0),
});
export type PublishedFigure = z.infer<typeof PublishedFigure>;

/** An institution the figures are about. */
export const FigureInstitution = z.strictObject({
  /** Id used in figures.csv (and, for the KSF, in the rank table). */
  id: Slug,
  /** Full name. */
  name: Text,
  /** Abbreviation. */
  shortName: Text,
});

/** A group of staff. */
export const FigureGroup = z.strictObject({
  /** Id used in figures.csv. */
  id: Slug,
  /** Name in three languages. */
  label: Text,
  /** Drawn in the charts across years. */
  chart: z.boolean().default(false),
});

/** A part of the staff (all staff, uniformed, recruits, …). */
export const FigureLevel = z.strictObject({
  /** Id used in figures.csv. */
  id: Slug,
  /** Name in three languages. */
  label: Text,
  /** Describes the serving staff (not recruits, applicants or one rank): drawn in the charts. */
  staff: z.boolean().default(false),
});

/** A quantity that sources report differently. */
export const FigureConflict = z.strictObject({
  /** Id used in figures.csv. */
  id: Slug,
  /** The institution every figure of the group is about. */
  institution: Slug,
  /** What the quantity is, in three languages. */
  label: Text,
});

/** data/representation/figures/vocabulary.yaml */
export const FigureVocabulary = z.strictObject({
  /** Institutions. */
  institutions: z.array(FigureInstitution).min(1),
  /** Groups. */
  groups: z.array(FigureGroup).min(1),
  /** Levels; the KSF ranks come from metadata.yaml. */
  levels: z.array(FigureLevel).min(1),
  /** Conflict groups. */
  conflicts: z.array(FigureConflict),
});
export type FigureVocabulary = z.infer<typeof FigureVocabulary>;
