import { describe, expect, it } from 'vitest';
import { loadRepresentation } from '../../../scripts/library/load-representation.ts';
import { publicationIds } from '../../../scripts/representation/source-publications.ts';

describe('tmp', () => {
  it('loads', () => {
    const d = loadRepresentation('data/representation', { publicationIds: publicationIds('data/publications') });
    expect(d.figures.length).toBeGreaterThan(100);
  });
});
