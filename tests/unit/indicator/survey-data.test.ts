/** Build-time reading of public/data: a missing file stops the build and says what to run; headline ids follow the codebook. */
import { describe, expect, it } from 'vitest';
import { readAggregates, readCodebook } from '../../../src/build/survey-data.ts';
import { headlineIds, HEADLINE_QUESTIONS } from '../../../src/lib/indicator/editorial.ts';

describe('survey data at build time', () => {
  it('names the missing file and the command that makes it', () => {
    expect(() => readCodebook('en', 'no_such_dataset')).toThrow(/no_such_dataset\/codebook\.en\.json is missing\. Run `npm run data`/);
    expect(() => readAggregates('no_such_question', 'no_such_dataset')).toThrow(/aggregates\/no_such_question\.json is missing/);
  });
});

describe('headlineIds', () => {
  it('keeps the headline order and skips ids the codebook does not have', () => {
    const [first, second, third] = HEADLINE_QUESTIONS;
    expect(headlineIds([third ?? '', 'other', first ?? ''])).toEqual([first, third]);
    expect(headlineIds([second ?? ''])).toEqual([second]);
  });
});
