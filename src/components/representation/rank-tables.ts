/**
 * The representation rows arranged for the page: one table per institution and year of the gender
 * breakdown, its ranks in hierarchy order (highest first) with the women's and men's shares as
 * published, and the source they come from. Pure; used by the page's components at build time.
 */
import type { RepresentationDataset, SourcePublication } from '../../lib/downloads/representation-dataset.ts';
import type { Lang } from '../../lib/i18n-langs.ts';
import { LOCALE_TAG } from '../../lib/i18n-langs.ts';
import type { Institution } from '../../lib/representation/schema.ts';

export interface RankLine {
  id: string;
  order: number;
  label: Record<Lang, string>;
  /** Percentages 0–100 as published; null where the source gives none. */
  women: number | null;
  men: number | null;
  womenCount: number | null;
  menCount: number | null;
}

export interface RankTable {
  institution: Institution;
  year: number;
  /** Every source and figure the table's rows cite (usually one). */
  sources: { publication: SourcePublication; figure: string; page: number | null }[];
  ranks: RankLine[];
}

export function genderRankTables(dataset: RepresentationDataset): RankTable[] {
  const tables: RankTable[] = [];
  for (const institution of dataset.metadata.institutions) {
    const rows = dataset.rows.filter((row) => row.institution === institution.id && row.dimension === 'gender');
    const years = [...new Set(rows.map((row) => row.year))].sort((a, b) => b - a);
    for (const year of years) {
      const inYear = rows.filter((row) => row.year === year);
      const cell = (rank: string, group: string) => inYear.find((row) => row.rank === rank && row.group === group);
      const ranks = institution.ranks
        .filter((rank) => inYear.some((row) => row.rank === rank.id))
        .map((rank): RankLine => ({
          id: rank.id,
          order: rank.order,
          label: rank.label,
          women: cell(rank.id, 'women')?.share ?? null,
          men: cell(rank.id, 'men')?.share ?? null,
          womenCount: cell(rank.id, 'women')?.count ?? null,
          menCount: cell(rank.id, 'men')?.count ?? null,
        }));
      const keys = [...new Set(inYear.map((row) => `${row.source}|${row.figure}|${row.page ?? ''}`))];
      const sources = keys.map((key) => {
        const [source = '', figure = '', page = ''] = key.split('|');
        const publication = dataset.publications.find((candidate) => candidate.id === source);
        if (!publication) throw new Error(`representation.json: no publication details for source "${source}"`);
        return { publication, figure, page: page === '' ? null : Number(page) };
      });
      tables.push({ institution, year, sources, ranks });
    }
  }
  return tables;
}

/** A publication date (YYYY, YYYY-MM or YYYY-MM-DD) in the page's language: "December 2023". */
export function formatSourceDate(lang: Lang, date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || month === undefined) return date;
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', timeZone: 'UTC', ...(day === undefined ? {} : { day: 'numeric' }) };
  return new Intl.DateTimeFormat(LOCALE_TAG[lang], options).format(new Date(Date.UTC(year, month - 1, day ?? 1)));
}
