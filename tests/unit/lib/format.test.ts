import { describe, expect, it } from 'vitest';
import { formatBytes, formatCount, formatDecimal, formatPercent, formatPercentNumber, formatPValue } from '../../../src/lib/format.ts';

describe('locale number formats', () => {
  it('writes percentages', () => {
    expect(formatPercent('en', 0.456)).toBe('46%');
    expect(formatPercent('sq', 0.4567, 1)).toBe('45,7%');
    expect(formatPercent('sr', 0.4567, 1)).toBe('45,7%');
  });
  it('writes table percentages with the language decimal mark', () => {
    expect(formatPercentNumber('en', 0.12345)).toBe('12.3');
    expect(formatPercentNumber('sr', 0.12345)).toBe('12,3');
  });
  it('groups thousands per language', () => {
    expect(formatCount('en', 18000)).toBe('18,000');
    expect(formatCount('sr', 18000)).toBe('18.000');
    expect(formatCount('sq', 18000)).toBe('18\u00a0000');
  });
  it('writes decimals and p-values', () => {
    expect(formatDecimal('sq', 1.456)).toBe('1,46');
    expect(formatPValue('en', 0.0004)).toBe('< 0.001');
    expect(formatPValue('sr', 0.0341)).toBe('0,034');
  });
  it('writes byte counts in decimal units, kB = 1000 bytes, in every language', () => {
    expect(formatBytes('en', 999)).toBe('999 B');
    expect(formatBytes('en', 1000)).toBe('1 kB');
    expect(formatBytes('en', 1024)).toBe('1 kB');
    expect(formatBytes('en', 27_400, 1)).toBe('27.4 kB');
    expect(formatBytes('sq', 27_400, 1)).toBe('27,4 kB');
    expect(formatBytes('sr', 3_850_000, 1)).toBe('3,85 MB');
    expect(formatBytes('en', 1_000_000)).toBe('1.0 MB');
  });
});
