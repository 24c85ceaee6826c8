import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../src/lib/format.ts';
import { CSV_COLUMNS, crosstabCsv } from '../../../src/lib/explorer/csv-export.ts';
import { EMBED_FALLBACK_HEIGHT, embedSnippet, isEmbedMessage } from '../../../src/lib/explorer/embed-code.ts';
import { composeExportSvg, estimateTextWidth, wrapText } from '../../../src/lib/explorer/export-svg.ts';
import { defaultState } from '../../../src/lib/explorer/state.ts';
import { explorerStrings } from '../../../src/lib/explorer/strings.ts';
import { buildView } from '../../../src/lib/explorer/view.ts';
import { crosstab, type CellSums } from '../../../src/lib/stats/index.ts';
import { codebook, strings } from './fixture.ts';

const unit = (row: number, col: string, n: number): CellSums => ({ row, col, n, sumW: n, sumW2: n });
const state = { ...defaultState(codebook), breakdown: 'gender', filters: { country: [2] }, chart: 'grouped' as const };
const view = buildView(crosstab([unit(1, '1', 40), unit(2, '1', 60), unit(1, '2', 20), unit(2, '2', 20)], { weighted: true }), state, codebook, strings.table_all);
const permalink = 'https://securitybarometer.qkss.org/en/explore/?q=trust_police&by=gender&country=2&w=1&dk=0&chart=grouped';

describe('the CSV export', () => {
  const csv = crosstabCsv({ view, codebook, strings, lang: 'en', permalink });
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');

  it('starts with a byte-order mark and a metadata header of # lines', () => {
    expect(csv.startsWith('\uFEFF# Question: Trust in the police (trust_police)')).toBe(true);
    const header = lines.filter((line) => line.startsWith('# '));
    expect(header).toEqual([
      '# Question: Trust in the police (trust_police)',
      '# Wording: Do you trust the Kosovo Police?',
      '# Breakdown: Gender',
      '# Measure: Every answer on its own',
      '# Filters: Country: Kosovo.',
      '# Weighting: Weighted shares.',
      '# Don’t know / refused: excluded',
      '# Base: 140 respondents (effective n 140).',
      '# Source: Security Barometer, KCSS, data version 0.1.0.',
      '# Licence: CC BY 4.0. https://creativecommons.org/licenses/by/4.0/',
      `# Citation: KCSS (2025). Security Barometer, data version 0.1.0. ${permalink}`,
      `# Permalink: ${permalink}`,
      `# Synthetic data: ${strings.synthetic_notice}`,
    ]);
  });

  it('has one row per cell under stable column names', () => {
    const start = lines.indexOf(CSV_COLUMNS.join(','));
    expect(start).toBe(13);
    const rows = lines.slice(start + 1).filter((line) => line !== '');
    expect(rows).toHaveLength(2 * 2);
    // "Yes" among men: 60 of 100 = 60%; the column is reliable (n = 100 ≥ 50), n_eff = 100.
    expect(rows[2]).toMatch(/^2,Yes,1,Man,60,\d+\.\d+,\d+\.\d+,60,100,100,ok$/);
    // Women: 40 respondents, flagged unreliable; 20 of 40 = 50%.
    expect(rows[3]).toMatch(/^2,Yes,2,Woman,50,[\d.]+,[\d.]+,20,40,40,unreliable \(n < 50\)$/);
  });

  it('writes the header in the page language', () => {
    const sq = crosstabCsv({ view, codebook, strings: explorerStrings('sq'), lang: 'sq', permalink });
    expect(sq).toContain('# Pyetja: Trust in the police');
    expect(sq).toContain(`# Të dhëna sintetike: ${explorerStrings('sq').synthetic_notice}`);
  });

});

describe('the embed code', () => {
  const snippet = embedSnippet({ origin: 'https://securitybarometer.qkss.org', lang: 'sr', query: 'q=trust_police&by=wave', title: 'Trust "in" <police>' });

  it('frames /<lang>/embed/ with the same query and a fallback height', () => {
    expect(snippet).toContain('<iframe src="https://securitybarometer.qkss.org/sr/embed/?q=trust_police&amp;by=wave"');
    expect(snippet).toContain(`height="${EMBED_FALLBACK_HEIGHT}"`);
    expect(snippet).toContain('title="Trust &quot;in&quot; &lt;police&gt;"');
  });

  it('resizes only on height messages from the portal', () => {
    expect(snippet).toContain('e.origin!=="https://securitybarometer.qkss.org"');
    expect(isEmbedMessage({ type: 'wbsb-embed-height', height: 512 })).toBe(true);
    expect(isEmbedMessage({ type: 'wbsb-embed-height', height: -1 })).toBe(false);
    expect(isEmbedMessage({ type: 'other', height: 512 })).toBe(false);
    expect(isEmbedMessage('wbsb-embed-height')).toBe(false);
  });
});

describe('the image export', () => {
  it('wraps text to the width', () => {
    // 10 px per character at size 10 (estimate: 0.55 × size per character, rounded here to whole words).
    const measure = (text: string) => text.length * 10;
    expect(wrapText('aaa bbb ccc', 75, 10, false, measure)).toEqual(['aaa bbb', 'ccc']);
    expect(wrapText('averyveryverylongword', 50, 10, false, measure)).toEqual(['averyveryverylongword']);
    // A long address breaks after / ? & so it stays inside the image.
    expect(wrapText('Permalink: https://x.org/en/explore/?q=trust&by=gender', 200, 10, false, measure))
      .toEqual(['Permalink:', 'https://x.org/en/', 'explore/?q=trust&', 'by=gender']);
  });

  it('draws title, legend, chart and notes into one SVG', () => {
    const { svg, width, height } = composeExportSvg({
      chart: (x, y) => `<g transform="translate(${x},${y})"></g>`, chartWidth: 640, chartHeight: 300,
      title: 'Trust in the police', subtitle: 'By wave & year',
      legend: [{ label: 'No', colour: '#b35806' }, { label: 'Yes', colour: '#1d5a99' }, { label: '95% confidence interval', colour: '#1b1f24', kind: 'interval' }],
      notes: ['Source: Security Barometer, KCSS.', 'Synthetic demonstration data.'],
      footer: ['Cite as: KCSS (2025).', 'Permalink: https://x.test/?t=%3Cb%3E'], measure: estimateTextWidth,
    });
    expect(width).toBe(640 + 2 * 20);
    expect(height).toBeGreaterThan(300 + 4 * 12);
    expect(svg).toContain('>Trust in the police</text>');
    expect(svg).toContain('>By wave &amp; year</text>');
    expect(svg).toContain('>Source: Security Barometer, KCSS.</text>');
    expect(svg).toContain('<rect x="20"');
    expect(svg).toContain('<g transform="translate(20,');
    // The interval's entry is a whisker with two caps, not a swatch: a path of three strokes.
    expect(svg).toMatch(/<path d="M\d+,\d+H\d+M\d+,\d+V\d+M\d+,\d+V\d+" stroke="#1b1f24"/);
    expect(svg).toContain('>95% confidence interval</text>');
    expect(svg).toContain('>Cite as: KCSS (2025).</text>');
    expect(svg).toContain('>Permalink: https://x.test/?t=%3Cb%3E</text>');
    expect(svg).toMatch(/font-family="[^"]+, sans-serif"/);
  });
});

describe('byte counts', () => {
  it('uses decimal units in the page language', () => {
    expect(formatBytes('en', 512)).toBe('512 B');
    expect(formatBytes('en', 56_100)).toBe('56 kB');
    expect(formatBytes('sq', 5_234_000)).toBe('5,2 MB');
  });
});
