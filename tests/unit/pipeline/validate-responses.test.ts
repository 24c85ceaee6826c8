/**
 * Malformed respondent files: each case must stop with a DataError naming file, row (the line in the
 * file), column and value. The fixture codebook (tests/fixtures/survey/surveys/mini) has countries
 * AL=1, XK=2, RS=3, waves 2022–2023; trust_eulex is asked in XK only and dialogue_support in XK and RS
 * in 2023 only.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ResolvedCodebook } from '../../../src/lib/codebook/resolved.ts';
import { resolveCodebook } from '../../../src/lib/codebook/resolve.ts';
import { loadCodebook } from '../../../scripts/survey/load-codebook.ts';
import { validateResponses } from '../../../scripts/survey/validate-responses.ts';
import { FIXTURE_DATASET, expectDataError } from './helpers.ts';

const FILE = 'data/surveys/mini/responses.csv';
const HEADER = 'id,country,wave,gender,age_group,education,employment,ethnicity,region,settlement,weight,safe_night,trust_police,trust_army,trust_eulex,eu_referendum,dialogue_support';
/** Line 2: Albania 2022 (trust_eulex and dialogue_support not asked). */
const ROW_AL = 'al-1,1,2022,1,1,2,1,1,11,1,1.25,2,3,3,97,1,97';
/** Line 3: Kosovo 2023 (everything asked). */
const ROW_XK = 'xk-1,2,2023,2,2,3,1,2,22,2,0.75,1,4,4,3,2,3';
/** Line 4: Serbia 2023, with don't know and refused. */
const ROW_RS = 'rs-1,3,2023,1,4,1,4,2,31,1,1,98,99,2,97,3,1';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const csv = (...lines: string[]): Uint8Array => encode(`${lines.join('\n')}\n`);
/** A row with one column's value replaced. */
function withValue(row: string, column: string, value: string): string {
  const fields = row.split(',');
  fields[HEADER.split(',').indexOf(column)] = value;
  return fields.join(',');
}

let codebook: ResolvedCodebook;
beforeAll(async () => {
  codebook = resolveCodebook((await loadCodebook(FIXTURE_DATASET)).sources, 'en');
});
const validate = (bytes: Uint8Array) => () => validateResponses(bytes, codebook, FILE);

describe('a valid respondent file', () => {
  it('parses into typed columns in table order', () => {
    const table = validateResponses(csv(HEADER, ROW_AL, ROW_XK, ROW_RS), codebook, FILE);
    expect(table.rowCount).toBe(3);
    expect(table.ids).toEqual(['al-1', 'xk-1', 'rs-1']);
    expect([...table.weights]).toEqual([1.25, 0.75, 1]);
    expect([...(table.codes.get('trust_police') ?? [])]).toEqual([3, 4, 99]);
    expect([...(table.codes.get('country') ?? [])]).toEqual([1, 2, 3]);
    expect(table.columns).toEqual(HEADER.split(','));
  });

  it('accepts CRLF line ends and a UTF-8 byte-order mark', () => {
    const crlf = encode(`${[HEADER, ROW_AL, ROW_XK].join('\r\n')}\r\n`);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...crlf]);
    const plain = validateResponses(csv(HEADER, ROW_AL, ROW_XK), codebook, FILE);
    expect(validateResponses(crlf, codebook, FILE)).toEqual(plain);
    expect(validateResponses(withBom, codebook, FILE)).toEqual(plain);
  });

  it('accepts columns in any order and quoted fields', () => {
    const columns = HEADER.split(',');
    const reversed = (line: string): string => line.split(',').reverse().map((field) => `"${field}"`).join(',');
    const table = validateResponses(csv(reversed(HEADER), reversed(ROW_AL)), codebook, FILE);
    expect(table.columns).toEqual(columns);
    expect([...(table.codes.get('eu_referendum') ?? [])]).toEqual([1]);
  });
});

describe('malformed respondent files', () => {
  it('a code that is not in the scale', async () => {
    const error = await expectDataError(validate(csv(HEADER, ROW_AL, withValue(ROW_XK, 'trust_police', '7'))), {
      file: FILE, row: 3, column: 'trust_police', value: '7',
    });
    expect(error.message).toBe(
      `${FILE}: row 3, column "trust_police", value "7": not a code of scale trust4 (1, 2, 3, 4) nor a missing code (97, 98, 99)`,
    );
  });

  it('an unknown extra column', async () => {
    await expectDataError(validate(csv(`${HEADER},extra`, `${ROW_AL},1`)), { file: FILE, row: 1, column: 'extra', value: 'extra', reason: 'unknown column' });
  });

  it('a missing column', async () => {
    const header = HEADER.replace(',trust_army', '');
    await expectDataError(validate(csv(header, ROW_AL.replace(',3,97,1,97', ',97,1,97'))), { file: FILE, row: 1, column: 'trust_army', reason: 'missing' });
  });

  it('a duplicate column', async () => {
    await expectDataError(validate(csv(`${HEADER},gender`, `${ROW_AL},1`)), { file: FILE, row: 1, column: 'gender', value: 'gender', reason: 'duplicate column' });
  });

  it('an empty file', async () => {
    const error = await expectDataError(validate(new Uint8Array()), { file: FILE, reason: 'empty' });
    expect(error.message).toBe(`${FILE}: the file is empty; it needs a header and one row per respondent`);
  });

  it('a header without respondents', async () => {
    await expectDataError(validate(csv(HEADER)), { file: FILE, row: 1, reason: 'no respondents' });
  });

  it('a duplicate respondent id', async () => {
    await expectDataError(validate(csv(HEADER, ROW_AL, ROW_XK, withValue(ROW_RS, 'id', 'al-1'))), {
      file: FILE, row: 4, column: 'id', value: 'al-1', reason: 'first on row 2',
    });
  });

  it('an empty respondent id', async () => {
    await expectDataError(validate(csv(HEADER, withValue(ROW_AL, 'id', ''))), { file: FILE, row: 2, column: 'id', value: '' });
  });

  it.each([
    ['negative', '-1.5'],
    ['NaN', 'NaN'],
    ['zero', '0'],
    ['infinite', '1e400'],
    ['empty', ''],
    ['text', 'one'],
  ])('a %s weight', async (_kind, weight) => {
    await expectDataError(validate(csv(HEADER, ROW_AL, withValue(ROW_XK, 'weight', weight))), {
      file: FILE, row: 3, column: 'weight', value: weight, reason: 'positive finite number',
    });
  });

  it('a row with the wrong number of fields', async () => {
    const error = await expectDataError(validate(csv(HEADER, ROW_AL, `${ROW_XK},5`)), { file: FILE, row: 3 });
    expect(error.message).toBe(`${FILE}: row 3: 18 fields, but the header has 17`);
  });

  it('invalid UTF-8', async () => {
    const bytes = new Uint8Array([...csv(HEADER, ROW_AL), ...encode('xk-'), 0xc3, 0x28, ...encode(ROW_XK.slice(4)), 0x0a]);
    await expectDataError(validate(bytes), { file: FILE, row: 3, reason: 'not valid UTF-8' });
  });

  it('an unknown country code', async () => {
    await expectDataError(validate(csv(HEADER, withValue(ROW_AL, 'country', '7'))), {
      file: FILE, row: 2, column: 'country', value: '7', reason: 'not a country code of the dataset (1 AL, 2 XK, 3 RS)',
    });
  });

  it('a wave that is not in the dataset', async () => {
    await expectDataError(validate(csv(HEADER, withValue(ROW_AL, 'wave', '2019'))), { file: FILE, row: 2, column: 'wave', value: '2019' });
  });

  it('97 (not asked) for a question that was asked', async () => {
    await expectDataError(validate(csv(HEADER, withValue(ROW_AL, 'trust_police', '97'))), {
      file: FILE, row: 2, column: 'trust_police', value: '97', reason: 'was asked in AL in 2022',
    });
  });

  it('an answer to a question that was not asked in that country', async () => {
    await expectDataError(validate(csv(HEADER, withValue(ROW_AL, 'trust_eulex', '2'))), {
      file: FILE, row: 2, column: 'trust_eulex', value: '2', reason: 'not asked in AL in 2022',
    });
  });

  it('an answer to a question that was not asked in that wave', async () => {
    const xk2022 = withValue(ROW_XK, 'wave', '2022');
    await expectDataError(validate(csv(HEADER, xk2022)), { file: FILE, row: 2, column: 'dialogue_support', value: '3', reason: 'not asked in XK in 2022' });
  });

  it('a region of another country', async () => {
    await expectDataError(validate(csv(HEADER, withValue(ROW_AL, 'region', '21'))), {
      file: FILE, row: 2, column: 'region', value: '21', reason: 'exists but not in AL (codes there: 11, 12)',
    });
  });

  it('an ethnicity that does not exist in the country', async () => {
    await expectDataError(validate(csv(HEADER, withValue(ROW_AL, 'ethnicity', '2'))), { file: FILE, row: 2, column: 'ethnicity', value: '2' });
  });

  it('an empty or non-numeric code', async () => {
    await expectDataError(validate(csv(HEADER, withValue(ROW_AL, 'gender', ''))), { file: FILE, row: 2, column: 'gender', value: '', reason: 'empty' });
    await expectDataError(validate(csv(HEADER, withValue(ROW_AL, 'gender', '1.0'))), { file: FILE, row: 2, column: 'gender', value: '1.0' });
  });

  it('counts rows as lines of the file when a quoted field spans lines', async () => {
    const multiLineId = withValue(ROW_AL, 'id', '"al\n1"');
    await expectDataError(validate(csv(HEADER, multiLineId, withValue(ROW_XK, 'gender', '5'))), { file: FILE, row: 4, column: 'gender', value: '5' });
  });
});
