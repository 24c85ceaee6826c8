/**
 * The portal's 2021 shares against what KCSS published for Kosovo (published-figures.md, section A,
 * fieldwork 2021; the country reports of the 2021 round). KCSS's Kosovo figures are unweighted shares of
 * all respondents, don't-knows included, so that is the base here; each must match within 1 point.
 * The values are read from the coded microdata the import wrote, and computed here with plain counts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ResolvedCodebook } from '../../../src/lib/codebook/resolved.ts';
import { ROOT } from './export-fixture.ts';

interface Published {
  /** Row of published-figures.md section A. */
  row: string;
  question: string;
  /** English answer labels of the codebook that the figure counts. */
  answers: string[];
  /** The figure as published, in percent. */
  published: number;
}

const TRUST = ['Trust', 'Complete trust'];
const THREAT = ['Threat', 'High threat'];
const CORRUPT = ['Corrupt', 'Very corrupt'];
const POSITIVE = ['Mainly positive', 'Extremely positive'];

const FIGURES: Published[] = [
  { row: 'A057', question: 'trust_army', answers: TRUST, published: 82 },
  { row: 'A058', question: 'contact_army', answers: ['Yes'], published: 13 },
  { row: 'A059', question: 'trust_police', answers: TRUST, published: 70 },
  { row: 'A060', question: 'contact_police', answers: ['Yes'], published: 32 },
  { row: 'A061', question: 'trust_intelligence', answers: TRUST, published: 44 },
  { row: 'A062', question: 'trust_customs', answers: TRUST, published: 44 },
  { row: 'A062', question: 'trust_correction_service', answers: TRUST, published: 40 },
  { row: 'A064', question: 'trust_courts', answers: TRUST, published: 31 },
  { row: 'A064', question: 'trust_prosecution', answers: TRUST, published: 30 },
  { row: 'A068', question: 'trust_government', answers: TRUST, published: 36 },
  { row: 'A069', question: 'trust_assembly', answers: TRUST, published: 33 },
  { row: 'A072', question: 'trust_president', answers: TRUST, published: 55 },
  { row: 'A073', question: 'trust_municipality', answers: TRUST, published: 52 },
  { row: 'A074', question: 'contact_municipality', answers: ['Yes'], published: 53 },
  { row: 'A075', question: 'threat_corruption', answers: THREAT, published: 81 },
  { row: 'A076', question: 'threat_state_capture', answers: THREAT, published: 82 },
  { row: 'A078', question: 'corrupt_army', answers: CORRUPT, published: 9 },
  { row: 'A079', question: 'corrupt_police', answers: CORRUPT, published: 23 },
  { row: 'A081', question: 'corrupt_courts', answers: CORRUPT, published: 48 },
  { row: 'A081', question: 'corrupt_prosecution', answers: CORRUPT, published: 47 },
  { row: 'A085', question: 'corrupt_municipality', answers: CORRUPT, published: 33 },
  { row: 'A091', question: 'threat_violent_extremism', answers: THREAT, published: 76 },
  { row: 'A106', question: 'eu_support', answers: ['Yes'], published: 92 },
  { row: 'A120', question: 'influence_germany', answers: POSITIVE, published: 88 },
];

const codebook = JSON.parse(readFileSync(path.join(ROOT, 'public', 'data', 'wbsb', 'codebook.en.json'), 'utf8')) as ResolvedCodebook;
const [header = '', ...lines] = readFileSync(path.join(ROOT, 'data', 'surveys', 'wbsb', 'responses.csv'), 'utf8').trimEnd().split('\n');
const columns = header.split(',');
const kosovo = lines.map((line) => line.split(',')).filter((cells) => cells[columns.indexOf('country')] === '2');

function kosovoShare(question: string, answers: string[]): number {
  const entry = codebook.questions.find((q) => q.id === question);
  if (!entry) throw new Error(`no question ${question}`);
  const codes = answers.map((label) => {
    const value = entry.values.find((v) => v.label.toLowerCase() === label.toLowerCase());
    if (!value) throw new Error(`${question} has no answer "${label}" (${entry.values.map((v) => v.label).join(', ')})`);
    return String(value.code);
  });
  const at = columns.indexOf(question);
  const asked = kosovo.filter((cells) => cells[at] !== '97');
  return (100 * asked.filter((cells) => codes.includes(cells[at] ?? '')).length) / asked.length;
}

describe('2021 Kosovo shares against KCSS’s published figures', () => {
  it('has Kosovo respondents to compare', () => {
    expect(kosovo.length).toBe(1197);
  });
  for (const figure of FIGURES) {
    it(`${figure.row}: ${figure.question} (${figure.answers.join(' + ')}) is within 1 point of ${figure.published}%`, () => {
      expect(Math.abs(kosovoShare(figure.question, figure.answers) - figure.published)).toBeLessThanOrEqual(1);
    });
  }
});
