/**
 * The pages read the library through one build-time reader, which honours LIBRARY_DATA_DIR: a site built
 * from a fixture library shows the fixture's publications, in lists and beside indicators alike.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { publicationsAbout, siteLibrary } from '../../../src/build/library.ts';
import { FIXTURE_ID, writeFixtureLibrary } from '../../fixtures/search/pdf-site.ts';

const workDir = mkdtempSync(join(tmpdir(), 'site-library-'));
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(workDir, { recursive: true, force: true });
});

describe('the library at build time', () => {
  it('comes from LIBRARY_DATA_DIR, related publications included', async () => {
    const dataDir = join(workDir, 'data');
    await writeFixtureLibrary(dataDir, join(workDir, 'publication-files'));
    vi.stubEnv('LIBRARY_DATA_DIR', dataDir);
    expect(siteLibrary().publications.map((publication) => publication.id)).toEqual([FIXTURE_ID]);
    // The fixture borrows the related indicators of a real publication (trust_army), which is not in the fixture library.
    expect(publicationsAbout('trust_army').map((publication) => publication.id)).toEqual([FIXTURE_ID]);
  });
});
