/** Every publication's related indicators name questions of the codebook the pipeline wrote. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../../scripts/library/load-library.ts';
import { unknownIndicators } from '../../../src/lib/library/helpers.ts';

describe('related indicators', () => {
  it('all exist in the codebook of every language, with a short label to link them by', () => {
    const publications = loadLibrary('data').publications;
    for (const lang of ['sq', 'en', 'sr']) {
      const codebook = JSON.parse(readFileSync(`public/data/wbsb/codebook.${lang}.json`, 'utf8')) as { questions: { id: string; short: string }[] };
      expect(unknownIndicators(publications, new Set(codebook.questions.map((question) => question.id)))).toEqual([]);
      const unlabelled = codebook.questions.filter((question) => question.short.trim() === '').map((question) => question.id);
      const referenced = new Set(publications.flatMap((publication) => publication.relatedIndicators));
      expect(unlabelled.filter((id) => referenced.has(id))).toEqual([]);
    }
  });

  // Indicators are given once a publication has been read; the others wait for the published figures.
  it('are given by most publications the portal has summarised', () => {
    const summarised = loadLibrary('data').publications.filter((publication) => publication.summary !== undefined);
    const withIndicators = summarised.filter((publication) => publication.relatedIndicators.length > 0);
    expect(withIndicators.length).toBeGreaterThan(summarised.length / 2);
  });
});
