/**
 * KCSS's published figures: the row rules (a qualifier never becomes a number, every figure has its
 * source, answers are codes of the question), the loader's errors with file, row, column and value,
 * conflicts kept as groups, and the published-against-recomputed comparison on hand-computed cells.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ResolvedCodebook } from '../../../src/lib/codebook/resolved.ts';
import { compare, summarise } from '../../../src/lib/published/comparison.ts';
import { FIGURE_COLUMNS, isProblem, parseFigure, seriesOf, type PublishedFigure } from '../../../src/lib/published/figures.ts';
import type { CellSums } from '../../../src/lib/stats/index.ts';
import { loadPublished } from '../../../scripts/published/load-published.ts';
import { expectDataError } from '../pipeline/helpers.ts';

const GOOD: Record<string, string> = {
  id: 'A059-1', row: 'A059', survey: 'WBSB', edition: 'Kosovo report #1 2022; 2021 round', fieldwork_year: '2021', country: 'XK',
  indicator: 'Trust in Kosovo Police', wording: 'trust or completely trust', question: 'trust_police', answers: '4+5', subgroup: '',
  value: '70', qualifier: '', value_text: '70%', unit: 'percent', source_url: 'https://example.net/report.pdf', flags: '', conflict: '',
};
const scale = (id: string) => (id === 'trust_police' ? { codes: [1, 2, 3, 4, 5], countries: ['AL', 'XK', 'RS'] as const } : undefined);

function problemOf(change: Record<string, string>) {
  const result = parseFigure({ ...GOOD, ...change }, scale);
  return isProblem(result) ? result : null;
}

describe('a published figure row', () => {
  it('parses into a figure with its source and codes', () => {
    const figure = parseFigure(GOOD, scale);
    expect(isProblem(figure)).toBe(false);
    expect(figure).toMatchObject({ id: 'A059-1', question: 'trust_police', answers: [4, 5], value: 70, qualifier: null, country: 'XK', sourceUrl: 'https://example.net/report.pdf' });
  });
  it('keeps a qualifier as a word beside the number', () => {
    expect(parseFigure({ ...GOOD, value: '45', qualifier: 'about', value_text: 'about 45%' }, scale)).toMatchObject({ value: 45, qualifier: 'about' });
    expect(problemOf({ value: 'about 45' })?.column).toBe('value');
    expect(problemOf({ qualifier: '45' })?.column).toBe('qualifier');
  });
  it('accepts a value that is not a number only as text, and never a number that was not printed', () => {
    expect(parseFigure({ ...GOOD, value: '', value_text: 'about ¼', unit: 'text' }, scale)).toMatchObject({ value: null, unit: 'text' });
    expect(problemOf({ value: '71' })).toEqual({ column: 'value', reason: expect.stringContaining('printed') as string });
  });
  it('needs its source, a known question and codes of its scale', () => {
    expect(problemOf({ source_url: '' })?.column).toBe('source_url');
    expect(problemOf({ question: 'trust_kgb' })?.column).toBe('question');
    expect(problemOf({ answers: '4+6' })?.column).toBe('answers');
    expect(problemOf({ answers: '5+4' })?.column).toBe('answers');
    expect(problemOf({ question: '', answers: '4+5' })?.column).toBe('answers');
  });
});

describe('the loader', () => {
  const dirs: string[] = [];
  afterEach(async () => { await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true }))); });
  const codebook = { questions: [{ id: 'trust_police', values: [1, 2, 3, 4, 5].map((code) => ({ code, label: String(code) })), countries: ['AL', 'XK', 'RS'] }] } as unknown as ResolvedCodebook;
  async function folderWith(rows: Record<string, string>[]): Promise<string> {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'published-test-'));
    dirs.push(dir);
    const csv = [FIGURE_COLUMNS.join(','), ...rows.map((row) => FIGURE_COLUMNS.map((c) => row[c] ?? '').join(','))].join('\n') + '\n';
    await writeFile(path.join(dir, 'figures.csv'), csv);
    return dir;
  }

  it('stops at a bad row with file, row, column and value', async () => {
    const dir = await folderWith([GOOD, { ...GOOD, id: 'A059-2', value: 'over 70' }]);
    await expectDataError(() => loadPublished(dir, codebook), { file: path.join(dir, 'figures.csv'), row: 3, column: 'value', value: 'over 70' });
  });
  it('keeps both figures of a conflict, and refuses a conflict group of one', async () => {
    const two = await folderWith([{ ...GOOD, conflict: 'kp-trust-2021' }, { ...GOOD, id: 'A059-2', value: '71', value_text: '71%', conflict: 'kp-trust-2021' }]);
    const figures = await loadPublished(two, codebook);
    expect(figures.filter((f) => f.conflict === 'kp-trust-2021').map((f) => f.value)).toEqual([70, 71]);
    const one = await folderWith([{ ...GOOD, conflict: 'kp-trust-2021' }]);
    await expectDataError(() => loadPublished(one, codebook), { column: 'conflict', value: 'kp-trust-2021', reason: 'at least two' });
  });
  it('refuses a repeated id', async () => {
    const dir = await folderWith([GOOD, GOOD]);
    await expectDataError(() => loadPublished(dir, codebook), { row: 3, column: 'id', value: 'A059-1' });
  });
});

describe('published against recomputed', () => {
  // Kosovo, 100 asked: complete trust 30, trust 20, no trust 40, don't know 10 (unweighted: w = 1).
  const cells: CellSums[] = [
    { row: 5, col: 'XK', n: 30, sumW: 30, sumW2: 30 },
    { row: 4, col: 'XK', n: 20, sumW: 20, sumW2: 20 },
    { row: 1, col: 'XK', n: 40, sumW: 40, sumW2: 40 },
    { row: 98, col: 'XK', n: 10, sumW: 10, sumW2: 10 },
  ];
  const figure = parseFigure(GOOD, scale) as PublishedFigure;

  it('computes the share on KCSS\'s base (everyone asked) and on valid answers', () => {
    const row = compare({ ...figure, value: 49 }, () => cells, [98, 99]);
    expect(row?.portal).toBeCloseTo(50, 10);
    expect(row?.portalValid).toBeCloseTo((5 / 9) * 100, 10);
    expect(row?.n).toBe(100);
    expect(row?.difference).toBeCloseTo(1, 10);
    expect(row?.flagged).toBe(false);
    // Wilson 95% interval for 50/100: 40.38%–59.62% (hand-computed with z = 1.959964).
    expect(row?.portalLo).toBeCloseTo(40.383, 2);
    expect(row?.portalHi).toBeCloseTo(59.617, 2);
  });
  it('flags a difference over one point and summarises per country', () => {
    const far = compare({ ...figure, value: 47 }, () => cells, [98, 99]);
    const near = compare({ ...figure, value: 50.5 }, () => cells, [98, 99]);
    expect(far?.flagged).toBe(true);
    const [summary] = summarise([far, near].flatMap((row) => (row ? [row] : [])));
    expect(summary).toMatchObject({ country: 'XK', figures: 2, within: 1 });
    expect(summary?.medianAbsoluteDifference).toBeCloseTo(1.75, 10);
    expect(summary?.meanDifference).toBeCloseTo(1.25, 10);
  });
  it('a series is the same measure for everyone, with a year', () => {
    const other = { ...figure, id: 'A059-2', answers: [1, 2] };
    const group = { ...figure, id: 'A059-3', subgroup: 'women' };
    expect(seriesOf([figure, other, group], 'trust_police', [5, 4]).map((f) => f.id)).toEqual(['A059-1']);
  });
});
