/** Which manifest files a dataset page lists as downloads, in which order, and how they are named. */
import { describe, expect, it } from 'vitest';
import { downloadPaths } from '../../../src/lib/data-layout.ts';
import { researcherDownloads } from '../../../src/lib/downloads/files.ts';
import type { ManifestFile } from '../../../src/lib/survey/manifest.ts';

const file = (path: string): ManifestFile => ({ path, bytes: 1, sha256: 'a'.repeat(64) });

describe('researcher downloads', () => {
  it('lists tables, codebooks, descriptors, syntax and README; leaves out the aggregates', () => {
    const files = [
      'wbsb/README.txt', 'wbsb/aggregates/trust_police.json', 'wbsb/codebook.csv', 'wbsb/codebook.en.json', 'wbsb/codebook.sq.json', 'wbsb/codebook.sr.json',
      'wbsb/datapackage.json', 'wbsb/ddi-codebook.xml', 'wbsb/wbsb-labels.en.R', 'wbsb/wbsb-labels.sq.R', 'wbsb/wbsb-labels.sr.do', 'wbsb/wbsb-labels.en.sps',
      'wbsb/wbsb.csv', 'wbsb/wbsb.parquet', 'other/other.csv',
    ].map(file);
    const listed = researcherDownloads('wbsb', files, 'sq');
    expect(listed.map((entry) => [entry.kind, entry.lang ?? '', entry.name])).toEqual([
      ['parquet', '', 'wbsb.parquet'],
      ['csv', '', 'wbsb.csv'],
      ['codebook-json', 'sq', 'codebook.sq.json'],
      ['codebook-json', 'en', 'codebook.en.json'],
      ['codebook-json', 'sr', 'codebook.sr.json'],
      ['codebook-csv', '', 'codebook.csv'],
      ['datapackage', '', 'datapackage.json'],
      ['ddi', '', 'ddi-codebook.xml'],
      ['syntax-r', 'sq', 'wbsb-labels.sq.R'],
      ['syntax-r', 'en', 'wbsb-labels.en.R'],
      ['syntax-stata', 'sr', 'wbsb-labels.sr.do'],
      ['syntax-spss', 'en', 'wbsb-labels.en.sps'],
      ['readme', '', 'README.txt'],
    ]);
  });

  it('recognises every path the pipeline writes', () => {
    const paths = [downloadPaths.codebookCsv('x'), downloadPaths.datapackage('x'), downloadPaths.ddi('x'), downloadPaths.readme('x'), downloadPaths.syntax('x', 'syntax-stata', 'sr')];
    expect(researcherDownloads('x', paths.map(file)).map((entry) => entry.kind).sort()).toEqual(['codebook-csv', 'datapackage', 'ddi', 'readme', 'syntax-stata']);
  });
});
