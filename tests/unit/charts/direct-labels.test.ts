/** Direct labels of line charts: each at its own line's end, in its colour, led back when pushed. */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { trendLines } from '../../../src/charts/trend-lines.ts';
import { renderChartMarkup } from '../../../src/build/charts.ts';
import { categoricalColours, contrastOnWhite, PALETTE, textColour } from '../../../src/charts/palette.ts';
import { formatPercent } from '../../../src/lib/format.ts';
import { lineLabelProblems } from '../../e2e/support/line-labels.ts';

const text = { label: 'Main cause', description: 'A test chart.', formatShare: (s: number) => formatPercent('en', s) };
const point = (series: string, wave: number, share: number) => ({ series, wave, share, lo: share - 0.03, hi: share + 0.03, unreliable: false });

function render(points: ReturnType<typeof point>[], series: string[]): Element {
  const markup = renderChartMarkup((document) => trendLines(points, { ...text, document, series }));
  const svg = parseHTML(`<!doctype html><html><body>${markup}</body></html>`).document.querySelector('svg');
  if (!svg) throw new Error('no svg');
  return svg;
}

describe('direct labels of line charts', () => {
  it('one wave, close values: the pushed label is led back to its own point', () => {
    // Height 320, margins 20 + 30: 270 px for 0..1, so the 15 px gap is 15/270 = 0.0556 of the scale.
    // Kosovo 0.30 stays; Albania 0.31 is pushed up to 0.30 + 0.0556 = 0.3556, i.e. 270 × 0.0456 = 12.3 px above its dot.
    const svg = render([point('Kosovo', 2021, 0.3), point('Albania', 2021, 0.31)], ['Kosovo', 'Albania']);
    expect(lineLabelProblems(svg)).toEqual([]);
    const albania = [...svg.querySelectorAll('text[data-series]')].find((t) => t.getAttribute('data-series') === 'Albania');
    expect(albania?.textContent).toBe('Albania 31%');
    const y = Number(/translate\([-\d.]+,([-\d.]+)\)/.exec(albania?.getAttribute('transform') ?? '')?.[1]);
    // y = 20 + 270 × (1 − 0.3556) = 193.99
    expect(y).toBeCloseTo(20 + 270 * (1 - (0.3 + 15 / 270)), 1);
    const leaders = [...svg.querySelectorAll('path[data-leader]')];
    expect(leaders.map((l) => l.getAttribute('data-series'))).toEqual(['Albania']);
    // The leader starts at Albania's own dot height: 20 + 270 × 0.69 = 206.3.
    const start = /^M[\d.]+,([\d.]+)L/.exec(leaders[0]?.getAttribute('d') ?? '')?.[1];
    expect(Number(start)).toBeCloseTo(20 + 270 * 0.69, 6);
  });

  it('series ending in different waves: each label at its own last point', () => {
    const svg = render([point('Kosovo', 2020, 0.5), point('Kosovo', 2021, 0.3), point('Albania', 2020, 0.32)], ['Kosovo', 'Albania']);
    expect(lineLabelProblems(svg)).toEqual([]);
  });

  it('the checker catches a label moved to another line’s end', () => {
    const svg = render([point('Kosovo', 2020, 0.5), point('Kosovo', 2021, 0.3), point('Albania', 2020, 0.72)], ['Kosovo', 'Albania']);
    const [kosovo, albania] = [...svg.querySelectorAll('text[data-series]')];
    const swap = kosovo?.getAttribute('transform') ?? '';
    kosovo?.setAttribute('transform', albania?.getAttribute('transform') ?? '');
    albania?.setAttribute('transform', swap);
    expect(lineLabelProblems(svg).length).toBeGreaterThan(0);
  });

  it('labels take their line’s colour, darkened only as far as text contrast needs', () => {
    expect(textColour(PALETTE.categorical[0])).toBe(PALETTE.categorical[0]); // #0072B2: 5.2:1 already
    for (const colour of categoricalColours(8)) expect(contrastOnWhite(textColour(colour))).toBeGreaterThanOrEqual(4.5);
    // #ffffff has 1:1 and #000000 21:1 against white (WCAG's endpoints).
    expect(contrastOnWhite('#ffffff')).toBeCloseTo(1, 10);
    expect(contrastOnWhite('#000000')).toBeCloseTo(21, 10);
  });
});
