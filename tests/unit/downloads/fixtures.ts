/**
 * Fixtures of the download tests: a few variables whose labels hold every character that needs care
 * (straight quotes, apostrophes, backslash, $ and `, and the letters ë ç š ž ć č đ), and the real
 * WBSB codebooks resolved in the three languages.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveCodebook } from '../../../src/lib/codebook/resolve.ts';
import type { CodebookVariable, Codebooks, Trilingual } from '../../../src/lib/downloads/variables.ts';
import { loadCodebook } from '../../../scripts/survey/load-codebook.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

const same = (text: string): Trilingual => ({ sq: text, en: text, sr: text });

/** Labels that a careless writer would break. */
export const TRICKY = {
  doubleQuote: 'He said "no" twice',
  apostrophe: "Don't know, it's hard",
  letters: 'Kosovë çështje šuma žena ćup čaj đak',
  mixed: `Qytetarë' "të" sigurt \\ $HOME \`x'`,
} as const;

export const TRICKY_VARIABLES: CodebookVariable[] = [
  { name: 'id', kind: 'id', label: { sq: 'Identifikuesi', en: 'Respondent id', sr: 'Identifikator' }, ordered: false, values: [] },
  {
    name: 'country', kind: 'demographic', label: { sq: 'Shteti', en: 'Country', sr: 'Država' }, ordered: false,
    values: [
      { code: 1, label: { sq: 'Shqipëria', en: 'Albania', sr: 'Albanija' }, missing: false },
      { code: 2, label: { sq: 'Kosova', en: 'Kosovo', sr: 'Kosovo' }, missing: false, countries: ['XK'] },
    ],
  },
  { name: 'weight', kind: 'weight', label: same('Weight'), ordered: false, values: [] },
  {
    name: 'q_tricky', kind: 'question', module: 'safety', label: { sq: TRICKY.letters, en: TRICKY.doubleQuote, sr: 'Ćuprija i đak' },
    wording: { sq: 'A ndiheni të sigurt?', en: 'Do you feel "safe"?', sr: 'Da li se osećate bezbedno?' }, ordered: true,
    values: [
      { code: 1, label: { sq: TRICKY.mixed, en: TRICKY.apostrophe, sr: 'Čačak, Šabac, Žabalj' }, missing: false },
      { code: 2, label: { sq: 'Po', en: TRICKY.doubleQuote, sr: 'Đurđevdan' }, missing: false },
      { code: 98, label: { sq: 'Nuk e di', en: "Don't know", sr: 'Ne zna' }, missing: true },
    ],
    countries: ['AL', 'XK'], waves: [2023, 2024],
  },
];

/** The WBSB codebook in the three languages, resolved as the pipeline does. */
export async function realCodebooks(): Promise<Codebooks> {
  // The synthetic WBSB fixture: a full-size codebook whose formats these tests check.
  const loaded = await loadCodebook(path.join(ROOT, 'tests', 'fixtures', 'survey', 'synthetic-wbsb', 'wbsb'));
  return { sq: resolveCodebook(loaded.sources, 'sq'), en: resolveCodebook(loaded.sources, 'en'), sr: resolveCodebook(loaded.sources, 'sr') };
}
