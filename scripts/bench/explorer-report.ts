/** Small statistics and plain-text tables for the explorer benchmark's report. */
import { formatBytes } from '../../src/lib/format.ts';

/** The p-th percentile (0–100) by the nearest-rank method; NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

export function ms(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(value < 10 ? 1 : 0)} ms` : 'n/a';
}

export function kb(bytes: number): string {
  return Number.isFinite(bytes) ? formatBytes('en', bytes, 1) : 'n/a';
}

export function ratio(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(2)}×` : 'n/a';
}

/** A target of the issue, what was measured, and whether it was met (null when it could not be measured). */
export interface TargetCheck {
  target: string;
  limit: string;
  measured: string;
  met: boolean | null;
}

export function check(target: string, limit: string, value: number, within: (value: number) => boolean, show: (value: number) => string): TargetCheck {
  return { target, limit, measured: show(value), met: Number.isFinite(value) ? within(value) : null };
}

/** Prints rows as aligned columns under a header line. */
export function printTable(title: string, header: string[], rows: string[][]): void {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}
