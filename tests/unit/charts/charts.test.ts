/**
 * Each chart type rendered at build time (linkedom) and compared with a normalised SVG snapshot, as Plot
 * itself tests its marks. Regenerate deliberately with `npx vitest run tests/unit/charts -u`; the files are in __svg__/.
 */
import { describe, expect, it } from 'vitest';
import { groupedBars } from '../../../src/charts/grouped-bars.ts';
import { renderChartMarkup } from '../../../src/build/charts.ts';
import { normaliseSvg, svgSnapshot } from './normalise-svg.ts';
import { shareBars } from '../../../src/charts/share-bars.ts';
import { stackedBars } from '../../../src/charts/stacked-bars.ts';
import { trendLines } from '../../../src/charts/trend-lines.ts';
import { formatPercent } from '../../../src/lib/format.ts';
import { orderedColours } from '../../../src/charts/palette.ts';

const text = { label: 'Trust in the police', description: 'A test chart.', formatShare: (s: number) => formatPercent('en', s) };


describe('chart functions', () => {
  it('trend lines: a line per country, values and series names written', async () => {
    const points = [2021, 2022, 2023].flatMap((wave, i) => [
      { series: 'Kosovo', wave, share: 0.6 + i * 0.02, lo: 0.57 + i * 0.02, hi: 0.63 + i * 0.02, unreliable: false },
      { series: 'Serbia', wave, share: 0.4 - i * 0.01, lo: 0.37 - i * 0.01, hi: 0.43 - i * 0.01, unreliable: i === 2 },
    ]);
    const svg = renderChartMarkup((document) => trendLines(points, { ...text, document, series: ['Kosovo', 'Serbia'] }));
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-label="Trust in the police. A test chart."');
    expect(svg).toContain('Kosovo 64%'); // end label: Kosovo 2023 = 0.60 + 2 × 0.02
    expect(svg).toContain('Serbia 38%*'); // Serbia 2023 = 0.40 − 2 × 0.01, based on few respondents
    expect(svg).toContain('Kosovo, 2022: 62%'); // every value in a tooltip
    expect(svg).not.toMatch(/<g[^>]*aria-label/); // only the root is labelled
    await expect(normaliseSvg(svg)).toMatchFileSnapshot(svgSnapshot('trend-lines'));
  });

  it('share bars: one bar per group with its interval and value', async () => {
    const bars = [
      { group: 'Men', share: 0.52, lo: 0.48, hi: 0.56, unreliable: false },
      { group: 'Women', share: 0.47, lo: 0.43, hi: 0.51, unreliable: false },
    ];
    const svg = renderChartMarkup((document) => shareBars(bars, { ...text, document, groups: ['Men', 'Women'] }));
    expect(svg.match(/<rect/g)?.length).toBeGreaterThanOrEqual(2);
    expect(svg).toContain('>52%<');
    await expect(normaliseSvg(svg)).toMatchFileSnapshot(svgSnapshot('share-bars'));
  });

  it('stacked bars: segments in answer order, small segments unlabelled', async () => {
    const answers = ['None', 'Little', 'Some', 'A lot'];
    const data = [0.05, 0.25, 0.4, 0.3].map((share, i) => ({ group: 'Kosovo', answer: answers[i] ?? '', share, lo: share, hi: share, unreliable: false }));
    const svg = renderChartMarkup((document) => stackedBars(data, { ...text, document, groups: ['Kosovo'], answers, colours: orderedColours(4) }));
    expect(svg).toContain('>40%<');
    expect(svg).not.toContain('>5%<'); // below the 8% labelling threshold
    await expect(normaliseSvg(svg)).toMatchFileSnapshot(svgSnapshot('stacked-bars'));
  });

  it('grouped bars: a bar per group within each answer', async () => {
    const data = ['Yes', 'No'].flatMap((answer, a) => ['Albanian', 'Serb'].map((group, g) => {
      const share = a === 0 ? 0.7 - g * 0.5 : 0.3 + g * 0.5;
      return { group, answer, share, lo: share - 0.03, hi: share + 0.03, unreliable: false };
    }));
    const svg = renderChartMarkup((document) => groupedBars(data, { ...text, document, groups: ['Albanian', 'Serb'], answers: ['Yes', 'No'] }));
    expect(svg).toContain('Serb: 20%'); // Yes among Serbs = 0.7 − 0.5
    await expect(normaliseSvg(svg)).toMatchFileSnapshot(svgSnapshot('grouped-bars'));
  });
});
