/**
 * Disclosure control on what the site publishes: no public file of the survey carries a municipality,
 * an exact age or an open answer, the demographics are exactly the published ones, and every ethnic
 * group published in a country has at least the import map's `mergeBelow` respondents. Reads
 * public/data (built by npm run data) and, when the export is at hand (../shared), the municipalities
 * it holds.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './export-fixture.ts';

const PUBLIC = path.join(ROOT, 'public', 'data', 'wbsb');
const EXPORT = path.join(ROOT, '..', 'shared', 'data', 'wbsb-2021');
/** The rules' parameters, from where they live: the import map. */
const MAP = parse(readFileSync(path.join(ROOT, 'data', 'surveys', 'wbsb', 'import-2021', 'demographics.yaml'), 'utf8')) as { demographics: { id: string; mergeBelow?: number }[]; localSuppression: { minimum: number } };
const MERGE_BELOW = MAP.demographics.find((d) => d.id === 'ethnicity')?.mergeBelow ?? Number.NaN;
const MINIMUM = MAP.localSuppression.minimum;

/** Municipalities of the export that are not also the name of a published region. */
const KNOWN_MUNICIPALITIES = ['Podujeva', 'Vushtrri', 'Skenderaj', 'Rahovec', 'Gllogoc', 'Lipjan', 'Suhareka', 'Kamez', 'Lushnje', 'Pogradec', 'Kruje', 'Kragujevac', 'Subotica', 'Zrenjanin', 'Leskovac', 'Vranje', 'Sombor', 'Ruma', 'Vršac', 'Uzice'];

function exportMunicipalities(): string[] {
  if (!existsSync(EXPORT)) return [];
  const names = new Set<string>();
  for (const file of ['Kosovo-ENG.csv', 'Albania-ENG.csv', 'Serbia-ENG.csv']) {
    const lines = new TextDecoder('windows-1252').decode(readFileSync(path.join(EXPORT, file))).split('\n').slice(1);
    for (const line of lines) {
      const name = line.split(',')[2]?.trim();
      if (name) names.add(name);
    }
  }
  return [...names];
}

function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return textFiles(file);
    return /\.(csv|json|xml|txt|R|do|sps)$/.test(name) ? [file] : [];
  });
}

describe('the published survey files', () => {
  const csv = readFileSync(path.join(PUBLIC, 'wbsb.csv'), 'utf8');
  const header = (csv.split('\n')[0] ?? '').split(',');
  const regions = JSON.parse(readFileSync(path.join(PUBLIC, 'codebook.en.json'), 'utf8')) as { demographics: { id: string; values: { code: number; label: string; countries?: string[] }[] }[] };

  it('hold exactly the published demographics: age groups, never an age or a municipality', () => {
    expect(header.slice(0, 9)).toEqual(['id', 'country', 'wave', 'gender', 'age_group', 'ethnicity', 'region', 'settlement', 'weight']);
    for (const column of header) expect(column).not.toMatch(/^(municipality|commune|komuna|opstina|age|birth_?year)$/i);
    expect(regions.demographics.find((d) => d.id === 'age_group')?.values.map((v) => v.label)).toEqual(['18–25', '26–35', '36–45', '46–55', '56–64', '65 and over', 'Not published (to protect respondents)']);
  });

  it('put every non-majority respondent in a group of at least local suppression\'s minimum on the key variables', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'public', 'data', 'manifest.json'), 'utf8')) as { datasets: { id: string; disclosure?: { kNonMajority?: number } }[] };
    expect(MINIMUM).toBeGreaterThanOrEqual(3);
    expect(manifest.datasets.find((d) => d.id === 'wbsb')?.disclosure?.kNonMajority).toBeGreaterThanOrEqual(MINIMUM);
  });

  it('name no municipality in any file', () => {
    // A municipality that gives its name to a published region (Prizren, Mitrovica (south) …) is allowed.
    const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const regionLabels = ['sq', 'en', 'sr'].flatMap((lang) => {
      const codebook = JSON.parse(readFileSync(path.join(PUBLIC, `codebook.${lang}.json`), 'utf8')) as typeof regions;
      return (codebook.demographics.find((d) => d.id === 'region')?.values ?? []).map((v) => fold(v.label));
    });
    const names = [...new Set([...KNOWN_MUNICIPALITIES, ...exportMunicipalities()])].filter((name) => name.length > 3 && !regionLabels.some((label) => label.includes(fold(name))));
    expect(names.length).toBeGreaterThan(15);
    for (const file of textFiles(PUBLIC)) {
      const text = readFileSync(file, 'utf8');
      for (const name of names) expect(new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text), `${name} in ${path.relative(ROOT, file)}`).toBe(false);
    }
  });

  it('carry no open answer', () => {
    // Serbia's "main safety threat in your community": texts written down by the interviewer.
    const openAnswers = ["There isn't any threat", 'House/ appartment robbery', 'Use of drugs/ drug addiction'];
    for (const file of textFiles(PUBLIC)) {
      const text = readFileSync(file, 'utf8');
      for (const answer of openAnswers) expect(text.includes(answer), `${answer} in ${file}`).toBe(false);
    }
  });

  it('publish no ethnic group with fewer than mergeBelow respondents in a country', () => {
    const rows = csv.trimEnd().split('\n').slice(1).map((line) => line.split(','));
    const counts = new Map<string, number>();
    for (const row of rows) counts.set(`${row[1]}:${row[5]}`, (counts.get(`${row[1]}:${row[5]}`) ?? 0) + 1);
    expect(MERGE_BELOW).toBeGreaterThanOrEqual(10);
    for (const [group, n] of counts) expect(n, group).toBeGreaterThanOrEqual(MERGE_BELOW);
  });
});
