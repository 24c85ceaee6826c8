/** The CSV writer of the downloads: comment header, quoting, line ends. */
import { describe, expect, it } from 'vitest';
import { csvComments, csvField, toCsv } from '../../../src/lib/indicator/csv.ts';

describe('csvField', () => {
  it('leaves plain values as they are and writes numbers in full', () => {
    expect(csvField('Kosovo')).toBe('Kosovo');
    expect(csvField(48.71)).toBe('48.71');
    expect(csvField(1459)).toBe('1459');
  });
  it('writes null and non-finite numbers as empty fields', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
  });
  it('quotes commas, quotes, line breaks and edge spaces, doubling inner quotes', () => {
    expect(csvField('Roma, Ashkali or Egyptian')).toBe('"Roma, Ashkali or Egyptian"');
    expect(csvField('the “army” and the "KSF"')).toBe('"the “army” and the ""KSF"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
  });
});

describe('toCsv', () => {
  it('puts # comment lines first, then the header and rows, with CRLF line ends', () => {
    const csv = toCsv(['Question: Trust in the police', 'Licence: CC BY 4.0'], ['country', 'share_pct'], [['XK', 71.9], ['AL', null]]);
    expect(csv).toBe('# Question: Trust in the police\r\n# Licence: CC BY 4.0\r\ncountry,share_pct\r\nXK,71.9\r\nAL,\r\n');
  });
  it('splits a metadata line with line breaks into several comments', () => {
    expect(csvComments(['a\nb', ''])).toEqual(['# a', '# b', '#']);
  });
});
