/** The compact trend of cards: end labels only, spread apart; snapshot of the normalised SVG. */
import { describe, expect, it } from 'vitest';
import { compactTrend } from '../../../src/charts/compact-trend.ts';
import { spreadLabels } from '../../../src/charts/spread-labels.ts';
import { renderChartMarkup } from '../../../src/build/charts.ts';
import { normaliseSvg, svgSnapshot } from './normalise-svg.ts';
import { formatPercent } from '../../../src/lib/format.ts';

const text = { label: 'Trust in the police', description: 'A test chart.', formatShare: (s: number) => formatPercent('en', s) };


describe('spreadLabels', () => {
  it('leaves labels that are far apart where they are', () => {
    expect(spreadLabels([0.2, 0.8], 0.1)).toEqual([0.2, 0.8]);
  });
  it('pushes close labels apart upwards, keeping input order', () => {
    const [a, b, c] = spreadLabels([0.52, 0.5, 0.9], 0.1);
    expect(b).toBeCloseTo(0.5);
    expect(a).toBeCloseTo(0.6); // 0.50 + gap
    expect(c).toBeCloseTo(0.9);
  });
  it('slides a stack pushed over the top back inside 0..1', () => {
    const placed = spreadLabels([0.97, 0.98, 0.99], 0.1);
    expect(placed.map((v) => Math.round(v * 100) / 100)).toEqual([0.8, 0.9, 1]);
  });
});

describe('compactTrend', () => {
  const bandPoints = [2022, 2023].flatMap((wave) => [
    { series: 'Kosovo', wave, share: 0.6, lo: 0.55, hi: 0.65, unreliable: false },
    { series: 'Serbia', wave, share: 0.4, lo: 0.35, hi: 0.45, unreliable: false },
  ]);
  /** The paths of the band group Plot writes for areaY (fill-opacity on the group). */
  const bands = (svg: string) => /<g fill-opacity="0.14">(.*?)<\/g>/.exec(svg)?.[1]?.match(/<path /g)?.length ?? 0;
  it('draws a 95% interval band per series in the phone variant of an indicator trend', () => {
    const svg = renderChartMarkup((document) => compactTrend(bandPoints, { ...text, document, series: ['Kosovo', 'Serbia'], intervals: true }));
    expect(bands(svg)).toBe(2);
  });
  it('leaves the bands out on cards', () => {
    const svg = renderChartMarkup((document) => compactTrend(bandPoints, { ...text, document, series: ['Kosovo', 'Serbia'] }));
    expect(bands(svg)).toBe(0);
  });
  it('writes only the last value of each series, next to its name', async () => {
    const points = [2022, 2023, 2024].flatMap((wave, i) => [
      { series: 'Kosovo', wave, share: 0.6 + i * 0.02, lo: 0.57 + i * 0.02, hi: 0.63 + i * 0.02, unreliable: false },
      { series: 'Serbia', wave, share: 0.4 - i * 0.01, lo: 0.37 - i * 0.01, hi: 0.43 - i * 0.01, unreliable: i === 2 },
    ]);
    const svg = renderChartMarkup((document) => compactTrend(points, { ...text, document, series: ['Kosovo', 'Serbia'] }));
    expect(svg).toContain('role="img"');
    expect(svg).toContain('>Kosovo 64%<'); // 0.60 + 2 × 0.02
    expect(svg).toContain('>Serbia 38%*<'); // 0.40 − 2 × 0.01, few respondents
    expect(svg).not.toContain('>62%<'); // no label on earlier points
    expect(svg).toContain('<title>Kosovo, 2023: 62% (95%: 59%–65%)</title>');
    await expect(normaliseSvg(svg)).toMatchFileSnapshot(svgSnapshot('compact-trend'));
  });
});
