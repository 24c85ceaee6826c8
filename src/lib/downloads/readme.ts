/**
 * README.txt of a dataset's downloads: what the dataset is, which file holds what, how to cite it (in
 * the three portal languages), the licence and, for synthetic data, the notice in the three languages.
 */
import { LANGS, LANG_NAME } from '../i18n-langs.ts';
import { wrapText } from './text.ts';
import type { Trilingual } from './variables.ts';

export interface ReadmeInput {
  title: Trilingual;
  version: string;
  /** What the dataset is, in English. */
  description: string;
  /** The dataset's page. */
  url: string;
  /** Files next to the README, with one line each on what they hold. */
  files: { path: string; description: string }[];
  citation: Trilingual;
  licence: string;
  /** The synthetic-data notice, when the data are synthetic. */
  notice: Trilingual | null;
  /** Further paragraphs (missing codes, how to use the syntax files). */
  notes: string[];
}

const WIDTH = 78;

function heading(text: string): string[] {
  return ['', text, '='.repeat(text.length), ''];
}

function paragraph(text: string, indent = ''): string[] {
  return wrapText(text, WIDTH - indent.length).map((line) => `${indent}${line}`);
}

export function readmeText(input: ReadmeInput): string {
  const lines: string[] = [
    `${input.title.en} (version ${input.version})`,
    ...LANGS.filter((lang) => lang !== 'en').map((lang) => input.title[lang]),
    input.url,
  ];
  if (input.notice) {
    lines.push(...heading('SYNTHETIC DEMONSTRATION DATA'));
    for (const lang of LANGS) lines.push(...paragraph(`[${LANG_NAME[lang]}] ${input.notice[lang]}`), '');
  }
  lines.push(...heading('About'), ...paragraph(input.description));
  lines.push(...heading('Files'));
  const width = Math.max(...input.files.map((file) => file.path.length));
  for (const file of input.files) {
    const [first = '', ...rest] = wrapText(file.description, WIDTH - width - 2);
    lines.push(`${file.path.padEnd(width)}  ${first}`, ...rest.map((line) => `${' '.repeat(width + 2)}${line}`));
  }
  if (input.notes.length > 0) {
    lines.push(...heading('Notes'));
    input.notes.forEach((note, index) => lines.push(...(index > 0 ? [''] : []), ...paragraph(note)));
  }
  lines.push(...heading('How to cite'));
  for (const lang of LANGS) lines.push(`[${LANG_NAME[lang]}]`, ...paragraph(input.citation[lang], '  '), '');
  lines.push(...heading('Licence'), ...paragraph(input.licence));
  return `${lines.join('\n').replace(/\n{3,}/gu, '\n\n')}\n`;
}
