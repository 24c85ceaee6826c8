import { describe, expect, it } from 'vitest';
import { loadRepresentation } from '../../../scripts/library/load-representation.ts';

const data = loadRepresentation('data/representation');

// Figure 1 of "Gender Integration in the Kosovo Security Forces" (KCSS, December 2023), women's share by rank.
const WOMEN_BY_RANK: [string, number][] = [
  ['general', 11],
  ['colonel', 3],
  ['lieutenant-colonel', 4],
  ['major', 8],
  ['captain', 4],
  ['lieutenant', 11],
  ['second-lieutenant', 10],
];

describe('the real KSF gender-by-rank table', () => {
  it('has one women row and one men row for each of the seven ranks', () => {
    expect(data.rows).toHaveLength(7 * 2);
    expect(new Set(data.rows.map((row) => row.institution))).toEqual(new Set(['ksf']));
  });

  it('gives the published share of women at every rank', () => {
    for (const [rank, share] of WOMEN_BY_RANK) {
      const women = data.rows.find((row) => row.rank === rank && row.group === 'women');
      expect(women?.share, rank).toBe(share);
    }
  });

  it('has women + men = 100 at every rank', () => {
    for (const [rank, womenShare] of WOMEN_BY_RANK) {
      const men = data.rows.find((row) => row.rank === rank && row.group === 'men');
      expect(men?.share, rank).toBe(100 - womenShare);
    }
  });

  it('orders the ranks General > Colonel > … > Second Lieutenant', () => {
    const ranks = data.metadata.institutions.find((institution) => institution.id === 'ksf')?.ranks ?? [];
    expect(ranks.map((rank) => rank.id)).toEqual(WOMEN_BY_RANK.map(([rank]) => rank));
    for (const row of data.rows) {
      expect(row.rankOrder).toBe(WOMEN_BY_RANK.findIndex(([rank]) => rank === row.rank) + 1);
    }
  });

  it('cites the December 2023 report and its Figure 1 on every row, and joins three-language rank labels', () => {
    for (const row of data.rows) {
      expect(row.source).toBe('gender-integration-ksf');
      expect(row.figure).toBe('Figure 1');
      expect(row.year).toBe(2023);
    }
    const colonel = data.rows.find((row) => row.rank === 'lieutenant-colonel');
    expect(colonel?.rankLabel).toEqual({ sq: 'Nënkolonel', en: 'Lieutenant Colonel', sr: 'Potpukovnik' });
  });
});
