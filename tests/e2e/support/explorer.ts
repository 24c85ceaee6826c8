/** Helpers of the explorer's browser tests: open a view, wait for the engine's result, read the table's numbers. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { CrosstabResult } from '../../../src/lib/stats/index.ts';
import type { QuestionAggregates } from '../../../src/lib/survey/aggregates.ts';
import { open } from './fixtures.ts';

export const ENGINE_TIMEOUT = 45_000;

export async function openExplorer(page: Page, lang: string, query = ''): Promise<void> {
  await open(page, `/${lang}/explore/${query ? `?${query}` : ''}`);
}

/** Waits until the table shows the engine's result (optionally: for this serialised state). */
export async function waitForEngineView(page: Page, query?: string): Promise<void> {
  const table = page.locator('[data-explorer-table]');
  await expect(table).toHaveAttribute('data-source', 'engine', { timeout: ENGINE_TIMEOUT });
  if (query !== undefined) await expect(table).toHaveAttribute('data-view-query', query, { timeout: ENGINE_TIMEOUT });
  await expect(page.locator('[data-engine]')).toHaveAttribute('data-engine-state', 'ready', { timeout: ENGINE_TIMEOUT });
}

export interface ShownCell {
  row: number;
  col: string;
  share: number | null;
  lo: number | null;
  hi: number | null;
  n: number;
  neff: number;
}

/** Every cell of the result table, from its data attributes. */
export async function shownCells(page: Page): Promise<ShownCell[]> {
  return page.locator('.result-table td[data-row-code]').evaluateAll((cells) =>
    cells.map((cell) => {
      const data = (cell as HTMLElement).dataset;
      const num = (value: string | undefined) => (value === undefined || value === '' ? null : Number(value));
      return {
        row: Number(data['rowCode']), col: data['col'] ?? '', share: num(data['share']), lo: num(data['lo']), hi: num(data['hi']),
        n: Number(data['n']), neff: Number(data['neff']),
      };
    }));
}

/** The same cells from a CrosstabResult computed at build time. */
export function expectedCells(result: CrosstabResult): ShownCell[] {
  const column = new Map(result.columns.map((c) => [c.col, c]));
  return result.cells.map((cell) => ({
    row: cell.row, col: cell.col, share: cell.share, lo: cell.lo, hi: cell.hi,
    n: column.get(cell.col)?.n ?? 0, neff: column.get(cell.col)?.nEff ?? 0,
  }));
}

export function readAggregates(question: string): QuestionAggregates {
  return JSON.parse(readFileSync(join(process.cwd(), 'public', 'data', 'wbsb', 'aggregates', `${question}.json`), 'utf8')) as QuestionAggregates;
}

/** The default view's table: trust in the police by wave in Kosovo (country code 2), from the aggregates. */
export function defaultTable(): CrosstabResult {
  const kosovo = readAggregates('trust_police').countries.find((c) => c.countryCode === 2);
  if (!kosovo) throw new Error('The aggregates of trust_police have no Kosovo');
  return kosovo.trend;
}

export function expectSameCells(shown: ShownCell[], expected: ShownCell[]): void {
  expect(shown.map((c) => `${c.row}/${c.col}`)).toEqual(expected.map((c) => `${c.row}/${c.col}`));
  shown.forEach((cell, i) => {
    const want = expected[i];
    for (const key of ['share', 'lo', 'hi', 'neff'] as const) {
      const a = cell[key];
      const b = want?.[key] ?? null;
      if (a === null || b === null) expect(a, `${key} of ${cell.row}/${cell.col}`).toBe(b);
      else expect(a, `${key} of ${cell.row}/${cell.col}`).toBeCloseTo(b, 9);
    }
    expect(cell.n).toBe(want?.n);
  });
}
