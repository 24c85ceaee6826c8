/** The one slot filler: values are never read as replacement patterns or as further slots. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillSlots } from '../../../src/lib/fill-slots.ts';
import { fill } from '../../../src/i18n/index.ts';
import { fillSlots as explorerFill } from '../../../src/lib/explorer/describe.ts';

const COUNT = 'Results for “{query}”: {count}';

describe('fillSlots', () => {
  it('shows $-patterns and slot names in a value literally', () => {
    for (const query of ["$'", '$&', '$`', '$$', '$1', '{count}', "a$'b$&c{count}{query}"]) {
      expect(fillSlots(COUNT, { query, count: 3 })).toBe(`Results for “${query}”: 3`);
    }
  });

  it('fills only its own slots, not inherited names', () => {
    expect(fillSlots('{constructor} {toString} {n}', { n: 1 })).toBe('{constructor} {toString} 1');
  });

  it('is the filler of the i18n helper and of the explorer', () => {
    expect(fill).toBe(fillSlots);
    expect(explorerFill).toBe(fillSlots);
  });
});

/** Every file under a folder, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
}

describe('slot filling in the sources', () => {
  it('goes through fillSlots: no String.replace of a {slot}', () => {
    const chained = filesUnder('src')
      .filter((file) => /\.(ts|astro)$/.test(file))
      .filter((file) => /\.replace(All)?\(\s*['"`]\{\w+\}/.test(readFileSync(file, 'utf8')));
    expect(chained).toEqual([]);
  });
});
