/**
 * A Stata do-file (UTF-8, Stata 14 or newer) that imports the CSV and applies variable labels, value
 * label sets (one per variable, named after it) and attaches them. Every label is written in compound
 * double quotes, `"…"', so straight quotes inside a label need no escaping; $ and ` are escaped so that
 * Stata does not expand them as macros. Stata caps variable labels at 80 characters and names at 32.
 */
import { COMMENT_WIDTH, labelled, missingSentence, type SyntaxInput } from './syntax-input.ts';
import { oneLine, truncateChars, wrapText } from './text.ts';

export const STATA_MAX_NAME = 32;
export const STATA_MAX_VARIABLE_LABEL = 80;
export const STATA_MAX_VALUE_LABEL = 32000;

/** A Stata string in compound double quotes. Throws on `"'`, the one sequence that cannot be quoted. */
export function stataString(text: string): string {
  const flat = oneLine(text);
  if (flat.includes(`"'`)) throw new Error(`A Stata label cannot contain a double quote followed by an apostrophe: ${JSON.stringify(flat)}`);
  return `\`"${flat.replace(/([$`])/gu, '\\$1')}"'`;
}

function checkName(name: string): string {
  if (name.length > STATA_MAX_NAME || !/^[A-Za-z_][A-Za-z0-9_]*$/u.test(name)) {
    throw new Error(`"${name}" is not a valid Stata variable name (letters, digits and _, at most ${STATA_MAX_NAME} characters)`);
  }
  return name;
}

/** `//` comments; text that would open or close a block comment, or continue the line (///), is spaced out. */
function comment(lines: readonly string[]): string[] {
  const safe = (text: string) => text.replace(/\/\*/gu, '/ *').replace(/\*\//gu, '* /').replace(/\/{3,}/gu, (run) => run.split('').join(' '));
  return lines.flatMap((line) => (line === '' ? ['//'] : wrapText(line, COMMENT_WIDTH).map((part) => `// ${safe(part)}`)));
}

export function stataSyntax(input: SyntaxInput): string {
  const stringColumns = input.variables.flatMap((variable, index) => (variable.kind === 'id' ? [index + 1] : []));
  const lines: string[] = [
    ...comment(input.header),
    '//',
    ...comment([
      `Imports ${input.csvFile} from the working directory and applies variable and value labels.`,
      `Missing codes: ${missingSentence(input)}. They are kept as codes with value labels; mvdecode can turn them into extended missing values.`,
    ]),
    '',
    'version 14',
    `import delimited using ${stataString(input.csvFile)}, varnames(1) case(preserve) encoding("utf-8")${stringColumns.length > 0 ? ` stringcols(${stringColumns.join(' ')})` : ''} asdouble clear`,
    '',
  ];
  for (const variable of input.variables) {
    lines.push(`label variable ${checkName(variable.name)} ${stataString(truncateChars(variable.label[input.lang], STATA_MAX_VARIABLE_LABEL))}`);
  }
  for (const variable of labelled(input.variables)) {
    lines.push('', `label define ${checkName(variable.name)} ///`);
    for (const value of variable.values) lines.push(`    ${value.code} ${stataString(truncateChars(value.label[input.lang], STATA_MAX_VALUE_LABEL))} ///`);
    lines.push('    , replace', `label values ${variable.name} ${variable.name}`);
  }
  return `${lines.join('\n')}\n`;
}
