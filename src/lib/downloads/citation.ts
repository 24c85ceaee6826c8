/**
 * Suggested citations of a dataset in three formats: APA (7th edition, data set reference), BibTeX
 * (@misc, which every BibTeX style accepts) and RIS (TY DATA). The words that change with the language
 * ("Version", "Data set") arrive translated, so each language gets its own citation.
 */
import { bibtexEntry, bibtexEscape, bibtexUrl, risRecord } from '../citation/formats.ts';
import { oneLine } from './text.ts';

export interface CitationInput {
  /** Short ASCII key stem, usually the dataset id. */
  id: string;
  /** The organisation credited as author. */
  author: string;
  year: number;
  title: string;
  version: string;
  /** Publisher; left out of APA when it is the author. */
  publisher: string;
  /** The dataset's page. */
  url: string;
  /** ISO 639-1 language of the citation. */
  language: string;
  /** Translated words. */
  words: {
    /** "Version" */
    version: string;
    /** "Data set" */
    dataSet: string;
  };
  /** A short remark, such as that the data are synthetic. */
  note?: string;
}

/** The APA reference in parts, so a page can set the title in italics. */
export interface ApaParts {
  before: string;
  title: string;
  after: string;
}

export function apaParts(c: CitationInput): ApaParts {
  const description = c.note ? `${c.words.dataSet}; ${c.note}` : c.words.dataSet;
  const publisher = c.publisher === c.author ? '' : ` ${oneLine(c.publisher)}.`;
  return {
    before: `${oneLine(c.author)}. (${c.year}). `,
    title: oneLine(c.title),
    after: ` (${c.words.version} ${c.version}) [${oneLine(description)}].${publisher} ${c.url}`,
  };
}

/** The APA reference as plain text. */
export function apaCitation(c: CitationInput): string {
  const { before, title, after } = apaParts(c);
  return `${before}${title}${after}`;
}

export function bibtexCitation(c: CitationInput): string {
  return bibtexEntry('misc', `${c.id}_${c.year}`, [
    // Double braces keep an organisation's name from being split into first and last names.
    ['author', `{${bibtexEscape(c.author)}}`],
    ['title', `{${bibtexEscape(c.title)}}`],
    ['year', String(c.year)],
    ['version', bibtexEscape(c.version)],
    ['howpublished', bibtexEscape(c.words.dataSet)],
    ['publisher', bibtexEscape(c.publisher)],
    ['url', bibtexUrl(c.url)],
    ['note', bibtexEscape(`${c.words.version} ${c.version}${c.note ? `. ${c.note}` : ''}`)],
    ['language', bibtexEscape(c.language)],
  ]);
}

/** RIS tags, one per line ("TAG  - value"), ending with ER. */
export function risCitation(c: CitationInput): string {
  return risRecord([
    ['TY', 'DATA'],
    ['AU', c.author],
    ['PY', String(c.year)],
    ['TI', c.title],
    ['ET', c.version],
    ['PB', c.publisher],
    ['UR', c.url],
    ['LA', c.language],
    ...(c.note ? ([['N1', c.note]] as const) : []),
  ]);
}
