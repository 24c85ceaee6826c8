/** The explorer's subset download: metadata header, BOM, CRLF, quoting, and rows as the engine gives them. */
import { describe, expect, it } from 'vitest';
import { subsetCsv } from '../../../src/lib/downloads/subset-csv.ts';
import { subsetStrings } from '../../../src/lib/downloads/subset-strings.ts';
import type { ExplorerState } from '../../../src/lib/explorer/state.ts';
import { realCodebooks } from './fixtures.ts';

const state: ExplorerState = { question: 'trust_police', breakdown: 'wave', filters: { country: [2], wave: [2023, 2024] }, weighted: true, includeMissing: false, chart: 'lines', measure: { kind: 'answers' }, reference: null, title: null, subtitle: null };

describe('subset CSV', () => {
  it('starts with a BOM and "#" metadata lines, then the header and the rows, CRLF', async () => {
    const codebooks = await realCodebooks();
    const strings = subsetStrings('sq', codebooks.sq.dataset);
    const text = subsetCsv({
      codebook: codebooks.sq, state, strings, permalink: 'https://securitybarometer.qkss.org/sq/explore/?q=trust_police',
      columns: ['id', 'country', 'wave', 'weight', 'trust_police'],
      rows: [['XK2023-0001', 2, 2023, 0.75, 3], { id: 'XK2024-0002', country: 2, wave: 2024, weight: 1.25, trust_police: 98 }, ['=HYPERLINK("x")', 2, 2024, 1, null]],
    });
    expect(text.startsWith('\uFEFF# ')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[lines.length - 1]).toBe('');
    const meta = lines.filter((line) => line.startsWith('# '));
    const kosovo = codebooks.sq.dataset.countries.find((country) => country.code === 2)?.name ?? '';
    expect(meta[0]).toBe(`# ${strings.title}: ${codebooks.sq.dataset.title} ${codebooks.sq.dataset.version}`);
    expect(meta[1]).toContain(`${strings.filters}: `);
    expect(meta[1]).toContain(kosovo);
    expect(meta[1]).toContain('2023, 2024');
    expect(meta[2]).toContain(`trust_police (${codebooks.sq.questions.find((q) => q.id === 'trust_police')?.short ?? ''})`);
    expect(meta[3]).toBe(`# ${strings.rows}: 3`);
    expect(meta.some((line) => line.includes(strings.citationText))).toBe(true);
    expect(meta.some((line) => line.includes('CC-BY-4.0'))).toBe(true);
    expect(meta[meta.length - 1]).toBe(`# ${strings.notice}: ${strings.noticeText}`);
    const data = lines.slice(meta.length, -1);
    expect(data).toEqual([
      'id,country,wave,weight,trust_police',
      'XK2023-0001,2,2023,0.75,3',
      'XK2024-0002,2,2024,1.25,98',
      '"\'=HYPERLINK(""x"")",2,2024,1,',
    ]);
  });

  it('says so when there is no filter', async () => {
    const codebooks = await realCodebooks();
    const strings = subsetStrings('en', codebooks.en.dataset);
    const text = subsetCsv({ codebook: codebooks.en, state: { ...state, filters: {} }, strings, permalink: 'p', columns: ['id'], rows: [] });
    expect(text).toContain(`\r\n# ${strings.noFilters}\r\n`);
    expect(text).toContain(`# ${strings.rows}: 0\r\n`);
    expect(text.endsWith('\r\nid\r\n')).toBe(true);
  });
});
