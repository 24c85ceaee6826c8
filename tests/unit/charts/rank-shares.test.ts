/**
 * The rank chart rendered at build time (linkedom): ranks in the given order top to bottom, values
 * written, parity marked at 50%, compared with a normalised SVG snapshot. Regenerate deliberately with
 * `npx vitest run tests/unit/charts/rank-shares.test.ts -u`.
 */
import { describe, expect, it } from 'vitest';
import { PARITY, rankShares } from '../../../src/charts/rank-shares.ts';
import { renderChartMarkup } from '../../../src/build/charts.ts';
import { normaliseSvg, svgSnapshot } from './normalise-svg.ts';
import { formatPercent } from '../../../src/lib/format.ts';


const ranks = ['General', 'Colonel', 'Major', 'Captain'];
const data = [
  { rank: 'Captain', share: 0.04 },
  { rank: 'General', share: 0.11 },
  { rank: 'Major', share: 0.08 },
  { rank: 'Colonel', share: 0.03 },
];
const options = { label: "Women's share by rank", description: 'A test chart.', formatShare: (s: number) => formatPercent('en', s), ranks, parityLabel: 'Parity: 50%' };

/** The y position of each rank's bar, read from the SVG. */
function barTops(svg: string): number[] {
  return [...svg.matchAll(/<rect[^>]*\sy="([\d.]+)"[^>]*>/g)].map((m) => Number(m[1]));
}

describe('rank shares chart', () => {
  it('draws the ranks in hierarchy order, writes the values and marks parity', async () => {
    const svg = renderChartMarkup((document) => rankShares(data, { ...options, document }));
    expect(svg).toContain('role="img"');
    expect(svg).toContain('>Parity: 50%<');
    for (const { share } of data) expect(svg).toContain(`>${formatPercent('en', share)}<`);
    // Bars are drawn in data order; each must sit at its rank's place in the hierarchy.
    const tops = barTops(svg);
    const position = data.map(({ rank }) => ranks.indexOf(rank));
    const sortedByTop = [...tops.keys()].sort((a, b) => (tops[a] ?? 0) - (tops[b] ?? 0));
    expect(sortedByTop.map((index) => position[index])).toEqual([0, 1, 2, 3]);
    expect(svg).toMatch(/stroke-dasharray="5,4"/);
    expect(PARITY).toBe(0.5);
    await expect(normaliseSvg(svg)).toMatchFileSnapshot(svgSnapshot('rank-shares'));
  });
});
