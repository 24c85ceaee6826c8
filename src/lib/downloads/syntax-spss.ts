/**
 * SPSS syntax (UTF-8 with a byte-order mark, as SPSS itself saves Unicode syntax) that reads the CSV
 * with GET DATA and applies VARIABLE LABELS, VALUE LABELS, MISSING VALUES for the missing codes and the
 * measurement level. Strings are double-quoted with inner quotes doubled; long labels are cut to SPSS's
 * limits (variable labels 256 bytes, value labels 120 bytes) and written in pieces joined with "+", so
 * no syntax line grows long.
 */
import { COMMENT_WIDTH, labelled, missingSentence, missingValues, type SyntaxInput } from './syntax-input.ts';
import { chunkUtf8, oneLine, truncateUtf8, wrapText } from './text.ts';
import type { CodebookVariable } from './variables.ts';

export const SPSS_MAX_VARIABLE_LABEL_BYTES = 256;
export const SPSS_MAX_VALUE_LABEL_BYTES = 120;
/** Longest piece of a string literal on one line. */
const PIECE_BYTES = 80;
const BOM = '\uFEFF';

/** An SPSS string literal: double quotes, inner quotes doubled, split into "…" + "…" pieces when long. */
export function spssString(text: string): string {
  return chunkUtf8(oneLine(text), PIECE_BYTES)
    .map((piece) => `"${piece.replace(/"/gu, '""')}"`)
    .join(' +\n    ');
}

/**
 * `* text.` comments. Every line starts with an asterisk and each paragraph's last line ends with a
 * period: a period at the end of a line ends an SPSS comment, and the next asterisk starts a new one.
 */
function comment(lines: readonly string[]): string[] {
  return lines.flatMap((line) => {
    const parts = wrapText(line, COMMENT_WIDTH).map((part) => `* ${part}`);
    const last = parts.length - 1;
    return parts.map((part, index) => (index === last && !part.endsWith('.') ? `${part}.` : part));
  });
}

function inputFormat(variable: CodebookVariable, idWidth: number): string {
  if (variable.kind === 'id') return `A${Math.max(1, idWidth)}`;
  if (variable.kind === 'weight') return 'F24.16';
  const widest = Math.max(1, ...variable.values.map((value) => String(value.code).length));
  return `F${widest}.0`;
}

/** Variable names wrapped into lines of at most COMMENT_WIDTH characters. */
function nameLines(names: readonly string[], indent = '  '): string[] {
  return wrapText(names.join(' '), COMMENT_WIDTH - indent.length).map((line) => `${indent}${line}`);
}

function measurementLevels(variables: readonly CodebookVariable[]): string[] {
  const levels = [
    { level: 'ORDINAL', names: variables.filter((v) => v.kind === 'question' && v.ordered).map((v) => v.name) },
    { level: 'NOMINAL', names: variables.filter((v) => (v.kind === 'question' && !v.ordered) || v.kind === 'demographic' || v.kind === 'id').map((v) => v.name) },
    { level: 'SCALE', names: variables.filter((v) => v.kind === 'weight').map((v) => v.name) },
  ].filter((entry) => entry.names.length > 0);
  if (levels.length === 0) return [];
  const lines = ['VARIABLE LEVEL'];
  levels.forEach((entry, index) => {
    const names = nameLines(entry.names);
    names[0] = `  ${index === 0 ? '' : '/'}${names[0]?.trimStart() ?? ''}`;
    names[names.length - 1] += ` (${entry.level})`;
    lines.push(...names);
  });
  return [...lines, '.'];
}

/** SPSS takes at most three discrete missing values; more must form one range. */
function missingSpec(codes: readonly number[]): string {
  if (codes.length <= 3) return codes.join(', ');
  const low = Math.min(...codes);
  const high = Math.max(...codes);
  if (high - low + 1 !== codes.length) throw new Error(`SPSS cannot declare the missing codes ${codes.join(', ')}: more than three and not one range`);
  return `${low} THRU ${high}`;
}

export function spssSyntax(input: SyntaxInput): string {
  const variables = input.variables;
  const missing = missingValues(input).map((value) => value.code);
  const withMissing = variables.filter((variable) => variable.values.some((value) => value.missing)).map((variable) => variable.name);
  const weight = variables.find((variable) => variable.kind === 'weight');
  const lines: string[] = [
    '* Encoding: UTF-8.',
    ...comment(input.header),
    ...comment([
      `Reads ${input.csvFile} from the working directory and applies variable labels, value labels and the missing codes.`,
      `Missing codes: ${missingSentence(input)}.`,
    ]),
    '',
    'GET DATA',
    '  /TYPE=TXT',
    `  /FILE=${spssString(input.csvFile)}`,
    "  /ENCODING='UTF8'",
    '  /DELCASE=LINE',
    "  /DELIMITERS=','",
    `  /QUALIFIER='"'`,
    '  /ARRANGEMENT=DELIMITED',
    '  /FIRSTCASE=2',
    '  /VARIABLES=',
    ...variables.map((variable) => `    ${variable.name} ${inputFormat(variable, input.idWidth)}`),
    '.',
    ...(weight ? [`FORMATS ${weight.name} (F12.8).`] : []),
    '',
    'VARIABLE LABELS',
    ...variables.map((variable, index) => `  ${index === 0 ? '' : '/'}${variable.name} ${spssString(truncateUtf8(variable.label[input.lang], SPSS_MAX_VARIABLE_LABEL_BYTES))}`),
    '.',
    '',
    'VALUE LABELS',
    ...labelled(variables).flatMap((variable, index) => [
      `  ${index === 0 ? '' : '/'}${variable.name}`,
      ...variable.values.map((value) => `    ${value.code} ${spssString(truncateUtf8(value.label[input.lang], SPSS_MAX_VALUE_LABEL_BYTES))}`),
    ]),
    '.',
  ];
  if (withMissing.length > 0 && missing.length > 0) {
    lines.push('', 'MISSING VALUES', ...nameLines(withMissing), `  (${missingSpec(missing)}).`);
  }
  lines.push('', ...measurementLevels(variables), 'EXECUTE.');
  return `${BOM}${lines.join('\n')}\n`;
}
