import { describe, expect, it } from 'vitest';
import { releaseDate, releaseProblem, releaseYear } from '../../../src/lib/release.ts';

const changelog = [
  { version: '1.1.0', date: '2026-03-15' },
  { version: '1.0.0', date: '2025-11-30' },
];

describe('releaseYear', () => {
  it('is the year of the current version in the change log, whatever the clock says', () => {
    expect(releaseYear({ version: '1.1.0', changelog })).toBe(2026);
    expect(releaseYear({ version: '1.0.0', changelog })).toBe(2025);
    expect(releaseDate({ version: '1.0.0', changelog })).toBe('2025-11-30');
  });

  it('fails, naming the dataset and the version, when the change log does not list the current version', () => {
    expect(releaseProblem({ version: '1.2.0', changelog })).toBe('the changelog has no entry for the current version 1.2.0; add one (version, date, text) at the top');
    expect(() => releaseYear({ id: 'wbsb', version: '1.2.0', changelog })).toThrow('wbsb: the changelog has no entry for the current version 1.2.0');
    expect(() => releaseYear({ version: '1.0.0', changelog: [{ version: '1.0.0', date: 'soon' }] })).toThrow('the changelog entry of version 1.0.0 has no date (YYYY-MM-DD): "soon"');
    expect(releaseProblem({ version: '1.1.0', changelog })).toBeNull();
  });
});
