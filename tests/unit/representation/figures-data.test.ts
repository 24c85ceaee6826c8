/**
 * The real published figures (data/representation/figures/) against the research notes they were
 * copied from: every row of section B is there, the conflicts listed in its note are kept as conflict
 * groups with every side, qualifiers stay beside the numbers, and the KSF rank figures are the rank table's.
 */
import { describe, expect, it } from 'vitest';
import { loadRepresentation } from '../../../scripts/library/load-representation.ts';
import { publicationIds } from '../../../scripts/representation/source-publications.ts';

const data = loadRepresentation('data/representation', { publicationIds: publicationIds('data/publications') });
const byId = (id: string) => {
  const figure = data.figures.find((candidate) => candidate.figureId === id);
  if (!figure) throw new Error(`no figure ${id}`);
  return figure;
};

describe('the published figures of section B', () => {
  it('cover every row B01–B51', () => {
    const rows = [...new Set(data.figures.map((figure) => figure.sourceRow))];
    expect(rows).toEqual(Array.from({ length: 51 }, (_, index) => `B${String(index + 1).padStart(2, '0')}`));
    expect(data.figures).toHaveLength(113);
  });

  it('give every figure a publisher and a source address or library publication', () => {
    for (const figure of data.figures) {
      expect(figure.publisher, figure.figureId).not.toBe('');
      expect(figure.sourceUrl ?? figure.publication, figure.figureId).toBeDefined();
    }
  });

  it('keep the conflicts of the research notes as groups with every side', () => {
    const members = (group: string) => data.figures.filter((figure) => figure.conflictGroup === group).map((figure) => figure.figureId);
    expect(members('kp-women-share')).toEqual(['B03-1', 'B05-1', 'B15-2', 'B16-1', 'B18-1', 'B21-1', 'B51-2']);
    expect(members('ksf-women-share')).toEqual(['B04-1', 'B22-1', 'B51-1']);
    expect(members('ksf-non-majority-share')).toEqual(['B02-1', 'B37-1', 'B39-1', 'B43-1']);
    expect(members('ksf-serb-share')).toEqual(['B34-2', 'B39-2', 'B44-2']);
  });

  it('keep qualifiers as qualifiers, never folded into the number', () => {
    expect([byId('B01-1').value, byId('B01-1').qualifier]).toEqual([16, 'about']);
    expect([byId('B02-1').value, byId('B02-1').qualifier]).toEqual([8, 'up-to']);
    expect([byId('B07-1').value, byId('B07-1').qualifier]).toEqual([15, 'less-than']);
    expect([byId('B37-1').value, byId('B37-1').qualifier]).toEqual([10, 'over']);
    // Every printed value that starts with a qualifying word has a qualifier.
    const qualifying = /^(about|around|some|approx|afërsisht|rreth|over|more than|mbi|up to|less than|almost|nearly|close to)\b/iu;
    for (const figure of data.figures.filter((candidate) => qualifying.test(candidate.valueText) && candidate.figureId !== 'B13-2')) {
      expect(figure.qualifier, `${figure.figureId}: "${figure.valueText}"`).toBeDefined();
    }
  });

  it('keep a misprint as printed, flagged', () => {
    expect(byId('B31-2')).toMatchObject({ value: 54, unit: 'percent', flags: ['printed-error', 'sum-mismatch'] });
  });

  it('mark years that are not stated, approximate or inferred', () => {
    expect(byId('B21-1')).toMatchObject({ yearStatus: 'not-stated' });
    expect(byId('B21-1').year).toBeUndefined();
    expect(byId('B23-1')).toMatchObject({ year: 2024, yearStatus: 'inferred' });
    expect(byId('B39-1')).toMatchObject({ year: 2018, yearStatus: 'approximate' });
  });

  it('repeat the KSF rank table exactly for B49', () => {
    const b49 = data.figures.filter((figure) => figure.sourceRow === 'B49');
    expect(b49).toHaveLength(data.rows.length);
    for (const row of data.rows) {
      const figure = b49.find((candidate) => candidate.level === row.rank && candidate.group === row.group);
      expect(figure?.value, `${row.rank} ${row.group}`).toBe(row.share);
      expect(figure?.publication).toBe(row.source);
    }
  });
});
