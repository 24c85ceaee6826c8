/**
 * The chart of published percentages across years, rendered at build time (linkedom): one dot per
 * figure, none hidden behind another in the same year, hollow where the year is uncertain, a shape per
 * group, compared with a normalised SVG snapshot. Regenerate deliberately with
 * `npm run -s test:unit -- tests/unit/representation/published-figures-chart.test.ts -u`.
 */
import { describe, expect, it } from 'vitest';
import { publishedFigures, shareCeiling, spreadByYear, type PublishedPoint } from '../../../src/charts/published-figures.ts';
import { renderChartMarkup } from '../../../src/build/charts.ts';
import { formatPercent } from '../../../src/lib/format.ts';
import { normaliseSvg, svgSnapshot } from '../charts/normalise-svg.ts';

const series = ['Women', 'Non-majority communities', 'Kosovo Serbs'];
const points: PublishedPoint[] = [
  { series: 'Women', year: 2014, share: 0.15, uncertainYear: false, title: 'Women, 2014: 15%' },
  { series: 'Women', year: 2014, share: 0.15, uncertainYear: false, title: 'Women, 2014: less than 15%' },
  { series: 'Women', year: 2017, share: 0.2, uncertainYear: true, title: 'Women, 2017 (approximate year): 20%' },
  { series: 'Non-majority communities', year: 2020, share: 0.16, uncertainYear: false, title: 'Non-majority communities, 2020: about 16%' },
  { series: 'Kosovo Serbs', year: 2018, share: 0.11, uncertainYear: false, title: 'Kosovo Serbs, 2018: over 11%' },
];
const options = { label: 'Published percentages by year', description: 'A test chart.', formatShare: (s: number) => formatPercent('en', s), series };

describe('published figures chart', () => {
  it('sets figures of the same year side by side, never on top of each other', () => {
    const placed = spreadByYear(points, series);
    const in2014 = placed.filter((point) => point.year === 2014).map((point) => point.x);
    expect(new Set(in2014).size).toBe(2);
    expect(in2014.every((x) => Math.abs(x - 2014) < 0.5)).toBe(true);
    expect(placed.find((point) => point.year === 2020)?.x).toBe(2020);
  });

  it('leaves room above the largest value', () => {
    expect(shareCeiling(points)).toBeCloseTo(0.25);
    expect(shareCeiling([{ ...points[0]!, share: 0.02 }])).toBeCloseTo(0.1);
  });

  it('draws one dot per figure with its tooltip, hollow where the year is uncertain', async () => {
    const svg = renderChartMarkup((document) => publishedFigures(points, { ...options, document }));
    expect(svg).toContain('role="img"');
    for (const point of points) expect(svg).toContain(`<title>${point.title}</title>`);
    expect(svg.match(/<title>/g)).toHaveLength(points.length);
    expect(svg.match(/fill="white"/g)).toHaveLength(1);
    for (const year of ['2014', '2017', '2020']) expect(svg).toContain(`>${year}<`);
    await expect(normaliseSvg(svg)).toMatchFileSnapshot(svgSnapshot('published-figures'));
  });

  it('refuses to draw nothing', () => {
    expect(() => renderChartMarkup((document) => publishedFigures([], { ...options, document }))).toThrow('no points');
  });
});
