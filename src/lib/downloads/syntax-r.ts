/**
 * R syntax that reads the CSV and attaches the codebook: a "label" attribute per variable and a named
 * "labels" vector of codes (the convention haven and labelled read), with no package needed. Every
 * string is written in ASCII with \uXXXX escapes, so the file means the same in any locale and on any
 * R version, whatever the encoding R assumes for the script.
 */
import { COMMENT_WIDTH, labelled, missingSentence, missingValues, type SyntaxInput } from './syntax-input.ts';
import { wrapText } from './text.ts';

/** A double-quoted R string literal: backslash and quote escaped, control and non-ASCII characters as \u escapes. */
export function rString(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\\') out += '\\\\';
    else if (char === '"') out += '\\"';
    else if (char === '\n') out += '\\n';
    else if (char === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else if (code < 0x80) out += char;
    else if (code <= 0xffff) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += `\\U{${code.toString(16)}}`;
  }
  return `${out}"`;
}

function comment(lines: readonly string[]): string[] {
  return lines.flatMap((line) => (line === '' ? ['#'] : wrapText(line, COMMENT_WIDTH).map((part) => `# ${part}`)));
}

/** A name R accepts as an object name. */
function objectName(datasetId: string): string {
  const name = datasetId.replace(/[^A-Za-z0-9_.]/gu, '_');
  return /^[A-Za-z]/u.test(name) ? name : `d_${name}`;
}

export function rSyntax(input: SyntaxInput): string {
  const data = objectName(input.datasetId);
  const missing = missingValues(input).map(({ code }) => `${code}L`).join(', ');
  const lines: string[] = [
    ...comment(input.header),
    '#',
    ...comment([
      `Reads ${input.csvFile} from the working directory and attaches variable labels (attribute "label") and value labels (attribute "labels", a named vector of codes).`,
      `Missing codes: ${missingSentence(input)}. as_label_factor() below turns them into NA.`,
    ]),
    '',
    `${data} <- read.csv(${rString(input.csvFile)}, fileEncoding = "UTF-8", stringsAsFactors = FALSE)`,
    '',
    '# A labelled column as a factor of its labels; missing codes become NA unless keep_missing = TRUE.',
    'as_label_factor <- function(x, keep_missing = FALSE) {',
    '  labels <- attr(x, "labels")',
    `  if (!keep_missing) labels <- labels[!labels %in% c(${missing})]`,
    '  factor(x, levels = unname(labels), labels = names(labels))',
    '}',
    '',
  ];
  for (const variable of input.variables) {
    lines.push(`attr(${data}[[${rString(variable.name)}]], "label") <- ${rString(variable.label[input.lang])}`);
  }
  lines.push('');
  for (const variable of labelled(input.variables)) {
    const pairs = variable.values.map((value) => `  ${rString(value.label[input.lang])} = ${value.code}L`);
    lines.push(`attr(${data}[[${rString(variable.name)}]], "labels") <- c(`, ...pairs.map((pair, index) => (index < pairs.length - 1 ? `${pair},` : pair)), ')');
  }
  return `${lines.join('\n')}\n`;
}
