/**
 * Representation data: shares of women and men, or of communities, by rank and institution.
 * The source is a tidy CSV (data/representation/*.csv, one row per institution, year, rank, dimension
 * and group) plus metadata.yaml, which names the institutions and their ranks in three languages.
 */
import { z } from 'zod';
import { Text } from '../codebook/schema.ts';
import { Slug } from '../library/schema.ts';

export const DIMENSIONS = ['gender', 'community'] as const;
/** What a row breaks the staff down by. */
export const Dimension = z.enum(DIMENSIONS);
export type Dimension = z.infer<typeof Dimension>;

export const GENDER_GROUPS = ['women', 'men'] as const;
/** Kosovo's communities as the security institutions report them; `other` collects the rest. */
export const COMMUNITY_GROUPS = ['albanian', 'serb', 'bosniak', 'turkish', 'roma', 'ashkali', 'egyptian', 'gorani', 'montenegrin', 'croat', 'other'] as const;
/** Which groups belong to which dimension. */
export const GROUPS_BY_DIMENSION: Record<Dimension, readonly string[]> = { gender: GENDER_GROUPS, community: COMMUNITY_GROUPS };

/** Largest distance from 100 that rounded percentages of one breakdown may show. */
export const SUM_TOLERANCE = 1;

/** One row of a representation CSV, as written in the file (rank labels live in the metadata). */
export const RepresentationCsvRow = z.strictObject({
  /** Institution id from the metadata. */
  institution: Slug,
  /** Year the figures refer to. */
  year: z.number({ error: 'must be a whole number' }).int('must be a whole number').min(1990, 'must be 1990 or later').max(2100, 'must be 2100 or earlier'),
  /** Rank id from the institution's list in the metadata. */
  rank: Slug,
  /** Position of the rank, 1 = highest. */
  rankOrder: z.number({ error: 'must be a whole number' }).int('must be a whole number').min(1, 'must be 1 or more'),
  /** What the shares break the rank down by. */
  dimension: Dimension,
  /** The group the share belongs to (`women`/`men`, or a community id). */
  group: z.enum([...GENDER_GROUPS, ...COMMUNITY_GROUPS]),
  /** Percentage of the rank's staff in this group, 0–100. */
  share: z.number({ error: 'must be a number' }).min(0, 'must be at least 0').max(100, 'must be at most 100'),
  /** Head count, when the source gives it. */
  count: z.number({ error: 'must be a whole number' }).int('must be a whole number').min(0, 'must be at least 0').optional(),
  /** Publication id (data/publications/) the figure is taken from. */
  source: Slug,
  /** Figure or table of the source, as it is labelled there (e.g. "Figure 1"). */
  figure: z.string().trim().min(1, 'must not be empty'),
  /** Page of the source, when known. */
  page: z.number({ error: 'must be a whole number' }).int('must be a whole number').min(1, 'must be 1 or more').optional(),
});
export type RepresentationCsvRow = z.infer<typeof RepresentationCsvRow>;

/** A validated row with the rank's label joined from the metadata. */
export const RepresentationRow = RepresentationCsvRow.extend({
  /** The rank's name in three languages. */
  rankLabel: Text,
});
export type RepresentationRow = z.infer<typeof RepresentationRow>;

/** One rank of an institution. */
export const Rank = z.strictObject({
  /** Id used in the CSV. */
  id: Slug,
  /** Position, 1 = highest. */
  order: z.number().int().min(1),
  /** Rank name in three languages. */
  label: Text,
});
export type Rank = z.infer<typeof Rank>;

/** A security institution and its rank ladder. */
export const Institution = z
  .strictObject({
    /** Id used in the CSV and in URLs. */
    id: Slug,
    /** Full name. */
    name: Text,
    /** Abbreviation (KSF, FSK, KBS). */
    shortName: Text,
    /** Ranks from highest to lowest. */
    ranks: z.array(Rank).min(1),
  })
  .superRefine((institution, ctx) => {
    institution.ranks.forEach((rank, index) => {
      if (rank.order !== index + 1) {
        ctx.addIssue({ code: 'custom', path: ['ranks', index, 'order'], message: `must be ${index + 1}: ranks are listed highest first and numbered 1, 2, 3, …` });
      }
      if (institution.ranks.findIndex((other) => other.id === rank.id) !== index) {
        ctx.addIssue({ code: 'custom', path: ['ranks', index, 'id'], message: `rank "${rank.id}" is listed twice` });
      }
    });
  });
export type Institution = z.infer<typeof Institution>;

/** Where a table of figures comes from. */
export const SourceNote = z.strictObject({
  /** Publication id. */
  source: Slug,
  /** Figure or table in that publication. */
  figure: z.string().trim().min(1),
  /** What the figure shows and how it was turned into rows. */
  note: Text,
});

/** data/representation/metadata.yaml */
export const RepresentationMetadata = z.strictObject({
  /** Dataset title. */
  title: Text,
  /** What the dataset is. */
  description: Text,
  /** What it covers. */
  covers: Text,
  /** What it does not cover, so that no one reads a gap as a zero. */
  doesNotCover: Text,
  /** Terms of reuse. */
  licence: Text,
  /** One note per source table. */
  sources: z.array(SourceNote).min(1),
  /** Institutions with figures, and their ranks. */
  institutions: z.array(Institution).min(1),
});
export type RepresentationMetadata = z.infer<typeof RepresentationMetadata>;
