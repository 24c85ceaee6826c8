/** The tidy rows behind the CSV and JSON downloads. */
import { describe, expect, it } from 'vitest';
import type { ResolvedCodebook, ResolvedQuestion } from '../../../src/lib/codebook/resolved.ts';
import { CSV_COLUMNS, csvValues, downloadRows } from '../../../src/lib/indicator/downloads.ts';
import { labelsFor } from '../../../src/lib/indicator/labels.ts';
import { countryFixture, questionFixture } from './fixtures.ts';

const question = {
  id: 'trust_police',
  key: { codes: [3, 4], label: 'trust the police' },
  values: [1, 2, 3, 4].map((code) => ({ code, label: `A${code}` })),
} as ResolvedQuestion;
const codebook = { dataset: { countries: [{ iso: 'XK', code: 2, name: 'Kosovo' }] }, demographics: [] } as unknown as ResolvedCodebook;

describe('downloadRows', () => {
  const rows = downloadRows(questionFixture([countryFixture('XK', 2, { 2021: [580, 1000], 2024: [630, 1000] })]), question, labelsFor(codebook, question));

  it('lists the key share per wave and every answer per wave', () => {
    // 2 waves of the key share + 4 answers × 2 waves; no breakdowns in the fixture.
    expect(rows.filter((r) => r.table === 'key_by_wave')).toHaveLength(2);
    expect(rows.filter((r) => r.table === 'answers_by_wave')).toHaveLength(8);
    expect(rows).toHaveLength(10);
  });

  it('writes CSV values as percentages with two decimals in the fixed column order', () => {
    const key2024 = rows.find((r) => r.table === 'key_by_wave' && r.wave === 2024);
    expect(key2024).toBeDefined();
    const values = csvValues(key2024!);
    expect(values).toHaveLength(CSV_COLUMNS.length);
    // 630 / 1000 = 63%. Wilson with n = 1000: centre (0.63 + 0.0019207)/1.0038415 = 0.629502,
    // half 1.952464·√(0.63·0.37/1000 + 0.00000096) = 1.952464·0.015299 = 0.029871 → 59.96 and 65.94.
    expect(values.slice(0, 10)).toEqual(['key_by_wave', 'XK', 'Kosovo', 2024, '', '', '', 'key', 'trust the police', 63]);
    expect(values[10]).toBeCloseTo(59.96, 2);
    expect(values[11]).toBeCloseTo(65.94, 2);
    expect(values.slice(12)).toEqual([1000, 1000, 'ok']);
  });
});
