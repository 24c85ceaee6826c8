/**
 * The portal's one CSV writer: quoting, comment lines, line ends, and formula-like text defused the same
 * way in the researcher download (the survey microdata CSV) as in the explorer's export.
 */
import { describe, expect, it } from 'vitest';
import { responsesToCsv } from '../../../scripts/survey/write-csv.ts';
import type { ResponseTable } from '../../../scripts/survey/response-table.ts';
import { csvComments, csvField, toCsv } from '../../../src/lib/csv.ts';
import { crosstabCsv } from '../../../src/lib/explorer/csv-export.ts';
import { defaultState } from '../../../src/lib/explorer/state.ts';
import { buildView } from '../../../src/lib/explorer/view.ts';
import { crosstab } from '../../../src/lib/stats/index.ts';
import { codebook, strings } from '../explorer/fixture.ts';

/** Text a spreadsheet would run as a formula, one per character OWASP lists. */
const HOSTILE = ['=HYPERLINK("http://evil.example","x")', '+1+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1:A9)', '\tlooks empty', '\r=hidden'];

describe('csvField', () => {
  it('leaves plain values as they are and writes numbers in full', () => {
    expect(csvField('Kosovo')).toBe('Kosovo');
    expect(csvField(48.71)).toBe('48.71');
    expect(csvField(1459)).toBe('1459');
    expect(csvField(true)).toBe('true');
  });

  it('writes null, undefined and non-finite numbers as empty fields', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
  });

  it('quotes commas, quotes, line breaks and edge spaces, doubling inner quotes', () => {
    expect(csvField('Roma, Ashkali or Egyptian')).toBe('"Roma, Ashkali or Egyptian"');
    expect(csvField('the “army” and the "KSF"')).toBe('"the “army” and the ""KSF"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
  });

  it('defuses text starting with =, +, -, @, a tab or a carriage return, and never a number', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('\r=x')).toBe('"\'\r=x"');
    expect(csvField(-3)).toBe('-3');
    expect(csvField(-3n)).toBe('-3');
    expect(csvField('a=b')).toBe('a=b');
  });

  it('keeps text as it is only when told (sources the pipeline reads back)', () => {
    expect(csvField('=1+1', 'keep')).toBe('=1+1');
  });
});

describe('toCsv', () => {
  it('puts # comment lines first, then the header and rows, with the line end asked for', () => {
    const csv = toCsv(['country', 'share_pct'], [['XK', 71.9], ['AL', null]], { comments: ['Question: Trust in the police', 'Licence: CC BY 4.0'], eol: '\r\n' });
    expect(csv).toBe('# Question: Trust in the police\r\n# Licence: CC BY 4.0\r\ncountry,share_pct\r\nXK,71.9\r\nAL,\r\n');
    expect(toCsv(['a'], [[1]], { bom: true })).toBe('\uFEFFa\n1\n');
  });

  it('splits a comment with line breaks into several comments', () => {
    expect(csvComments(['a\nb', '', 'c\r\nd'])).toEqual(['# a', '# b', '#', '# c', '# d']);
  });
});

describe('formula-like text in the downloads', () => {
  /** Cells of the researcher CSV's data rows, one respondent per hostile id. */
  function researcherCsv(ids: readonly string[]): string[] {
    const table: ResponseTable = {
      columns: ['id', 'country', 'weight', 'trust_police'],
      rowCount: ids.length,
      ids: [...ids],
      weights: Float64Array.from(ids, () => 1.25),
      codes: new Map([['country', Int32Array.from(ids, () => 2)], ['trust_police', Int32Array.from(ids, () => 3)]]),
    };
    return responsesToCsv(table).split('\n').slice(1, -1);
  }

  /** The answer-label field of the explorer's cross-tab CSV when the answer's label is `label`. */
  function explorerField(label: string): string {
    const hostile = structuredClone(codebook);
    const question = hostile.questions.find((q) => q.id === 'trust_police');
    const answer = question?.values.find((value) => value.code === 1);
    if (!answer) throw new Error('the fixture has no trust_police answer 1');
    answer.label = label;
    const state = { ...defaultState(hostile), breakdown: 'none', filters: {}, chart: 'grouped' as const };
    const view = buildView(crosstab([{ row: 1, col: 'all', n: 40, sumW: 40, sumW2: 40 }], { weighted: true }), state, hostile, strings.table_all);
    const csv = crosstabCsv({ view, codebook: hostile, strings, lang: 'en', permalink: 'https://barometer.example.org/en/explore/' });
    const row = csv.split('\r\n').find((line) => line.startsWith('1,'));
    if (row === undefined) throw new Error('the export has no row for answer 1');
    return row;
  }

  it('the researcher CSV writes a hostile respondent id exactly as the explorer writes a hostile label', () => {
    const rows = researcherCsv(HOSTILE);
    HOSTILE.forEach((id, index) => {
      const written = csvField(id);
      expect(written.startsWith("'") || written.startsWith('"\'')).toBe(true);
      expect(rows[index]).toBe(`${written},2,1.25,3`);
      expect(explorerField(id)).toContain(`1,${written},`);
    });
  });
});
