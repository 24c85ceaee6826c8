/**
 * The published chart's parts: own title and subtitle in the URL (escaped wherever shown), each
 * group's n with its label, the interval in the legend, and a chart SVG that keeps only presentation
 * attributes once inlined.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { groupedBars } from '../../../src/charts/grouped-bars.ts';
import { explorerFigure } from '../../../src/lib/explorer/figure.ts';
import { figureHtml } from '../../../src/lib/explorer/result-html.ts';
import { defaultState, parseState, serializeState, type ExplorerState } from '../../../src/lib/explorer/state.ts';
import { EXPORT_FONT, inlineChartSvg } from '../../../src/lib/explorer/svg-inline.ts';
import { buildView } from '../../../src/lib/explorer/view.ts';
import { crosstab, type CellSums } from '../../../src/lib/stats/index.ts';
import { codebook, strings } from './fixture.ts';

const parse = (query: string) => parseState(new URLSearchParams(query), codebook);

describe('own title and subtitle', () => {
  it('round-trip through the permalink as plain text', () => {
    const { state, problems } = parse(`q=trust_army&by=gender&t=${encodeURIComponent('Trust in the KSF <b>&</b>')}&st=${encodeURIComponent('  Kosovo, 2021 ')}`);
    expect(problems).toEqual([]);
    expect([state.title, state.subtitle]).toEqual(['Trust in the KSF <b>&</b>', 'Kosovo, 2021']);
    expect(parse(serializeState(state)).state).toEqual(state);
  });

  it('refuse control characters, blank and over-long texts with a notice', () => {
    for (const value of ['line\nbreak', '\u0007', '   ', '', 'x'.repeat(161)]) {
      const { state, problems } = parse(`q=trust_army&t=${encodeURIComponent(value)}`);
      expect(state.title, JSON.stringify(value)).toBeNull();
      expect(problems.map((p) => p.param)).toEqual(['t']);
    }
  });
});

describe('the figure', () => {
  const unit = (row: number, col: string, n: number): CellSums => ({ row, col, n, sumW: n, sumW2: n });
  const state: ExplorerState = { ...defaultState(codebook), breakdown: 'gender', chart: 'grouped', title: '<script>alert(1)</script>', subtitle: 'A & B' };
  const view = buildView(crosstab([unit(1, '1', 400), unit(2, '1', 804), unit(1, '2', 20), unit(2, '2', 20)], { weighted: true }), state, codebook, strings.table_all);
  const figure = explorerFigure(view, codebook, strings, 'en');

  it('uses the own title, escaped in the page', () => {
    expect(figure.parts.title).toBe('<script>alert(1)</script>');
    const html = figureHtml({ ...figure.parts, chartMarkup: '' }, strings);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('A &amp; B');
  });

  it('names each group with its n, and has the interval in the legend', () => {
    // Men: 400 + 804 = 1,204 respondents; women 40.
    expect(figure.spec.kind === 'grouped' ? figure.spec.groups : []).toEqual(['Man (n = 1,204)', 'Woman (n = 40)']);
    expect(figure.parts.legend.at(-1)).toEqual({ label: '95% confidence interval', colour: '#1b1f24', kind: 'interval' });
    expect(figureHtml({ ...figure.parts, chartMarkup: '' }, strings)).toContain('<span class="swatch interval" aria-hidden="true"></span>95% confidence interval');
  });
});

describe('the inlined chart SVG', () => {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const data = [
    { group: 'Man', answer: 'Yes', share: 0.6, lo: 0.5, hi: 0.7, unreliable: false },
    { group: 'Woman', answer: 'Yes', share: 0.4, lo: 0.3, hi: 0.5, unreliable: true },
  ];
  const chart = groupedBars(data, { document, groups: ['Man', 'Woman'], answers: ['Yes'], label: 'l', description: 'd', formatShare: (s) => `${Math.round(s * 100)}%` });
  const svg = chart.tagName.toLowerCase() === 'svg' ? chart : chart.querySelector('svg');
  const markup = inlineChartSvg(svg as Element, 20, 90, '#1b1f24');

  it('starts from Plot output that has what outside renderers mishandle', () => {
    expect((svg as Element).outerHTML).toMatch(/currentColor/);
    expect((svg as Element).outerHTML).toMatch(/<style/);
  });

  it('keeps only presentation attributes: no style, class, currentColor or nested svg', () => {
    expect(markup.startsWith('<g transform="translate(20,90)"')).toBe(true);
    expect(markup).not.toMatch(/<style|class=|currentcolor|<svg/i);
    expect(markup).toContain('stroke="#1b1f24"');
    expect(markup).toContain(`font-family="${EXPORT_FONT}"`);
    expect(EXPORT_FONT.endsWith('sans-serif')).toBe(true);
  });

  it('draws caps at both ends of each whisker', () => {
    // x runs from 48 to 580 px for 0..1 (width 640, margins), so Man's interval 0.5–0.7 spans
    // 48 + 0.5 × 532 = 314 to 48 + 0.7 × 532 = 420.4: a rule between them and a vertical cap at each.
    expect(markup).toMatch(/<line y2="(\d+)" y1="\1" x2="420\.4" x1="314"/);
    expect(markup).toMatch(/<line y2="\d+(\.\d+)?" y1="\d+(\.\d+)?" x2="314" x1="314"/);
    expect(markup).toMatch(/<line y2="\d+(\.\d+)?" y1="\d+(\.\d+)?" x2="420\.4" x1="420\.4"/);
  });
});
