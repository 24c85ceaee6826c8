/**
 * The R, Stata and SPSS syntax generated from the codebook: every variable label and every value label
 * appears, quoted so that each package reads back exactly the label (quotes, apostrophes, backslash,
 * $ and `, and ë ç š ž ć č đ included). Labels are read back with a decoder written here for each
 * package's string rules, independent of the writers.
 */
import { describe, expect, it } from 'vitest';
import { rString, rSyntax } from '../../../src/lib/downloads/syntax-r.ts';
import { spssString, spssSyntax } from '../../../src/lib/downloads/syntax-spss.ts';
import { stataString, stataSyntax } from '../../../src/lib/downloads/syntax-stata.ts';
import type { SyntaxInput } from '../../../src/lib/downloads/syntax-input.ts';
import { codebookVariables } from '../../../src/lib/downloads/variables.ts';
import { LANGS, type Lang } from '../../../src/lib/i18n-langs.ts';
import { realCodebooks, TRICKY, TRICKY_VARIABLES } from './fixtures.ts';

const input = (lang: Lang, variables = TRICKY_VARIABLES): SyntaxInput => ({
  variables, lang, csvFile: 'test.csv', datasetId: 'test', header: ['Test "dataset", version 1', 'Licence: CC-BY-4.0'], idWidth: 11,
});

/** R: a double-quoted literal with \\, \", \n, \t and \uXXXX escapes reads like JSON. */
const readR = (literal: string): string => JSON.parse(literal) as string;
/** Stata: `"…"' with \$ and \` unescaped. */
const readStata = (literal: string): string => {
  expect(literal.startsWith('`"') && literal.endsWith(`"'`)).toBe(true);
  return literal.slice(2, -2).replace(/\\([$`])/g, '$1');
};
/** SPSS: "…" pieces joined by +, inner quotes doubled. */
const readSpss = (literal: string): string =>
  literal.split(/\s*\+\s*/).map((piece) => {
    expect(piece.startsWith('"') && piece.endsWith('"')).toBe(true);
    return piece.slice(1, -1).replace(/""/g, '"');
  }).join('');

describe('string literals', () => {
  const samples = [...Object.values(TRICKY), 'a\\b', 'tab\there', 'emoji 🙂'];

  it('R: ASCII only, and the text reads back unchanged', () => {
    for (const text of samples.filter((sample) => !sample.includes('🙂'))) {
      const literal = rString(text);
      expect(literal).toMatch(/^[\x20-\x7e]+$/);
      expect(readR(literal)).toBe(text);
    }
    expect(rString('ë')).toBe('"\\u00eb"');
    expect(rString('🙂')).toBe('"\\U{1f642}"');
  });

  it('Stata: compound quotes, $ and ` escaped, letters kept as UTF-8', () => {
    for (const text of samples.filter((sample) => !sample.includes('\t'))) expect(readStata(stataString(text))).toBe(text);
    expect(stataString(TRICKY.letters)).toBe('`"Kosovë çështje šuma žena ćup čaj đak"\'');
    expect(stataString('cost $5')).toBe('`"cost \\$5"\'');
    expect(() => stataString('say "hi"\'s')).toThrow(/double quote followed by an apostrophe/);
  });

  it('SPSS: inner quotes doubled, long text split into "…" + "…" pieces', () => {
    for (const text of samples.filter((sample) => !sample.includes('\t'))) expect(readSpss(spssString(text))).toBe(text);
    expect(spssString(TRICKY.doubleQuote)).toBe('"He said ""no"" twice"');
    const long = 'ë'.repeat(100); // 200 bytes in UTF-8: three pieces of at most 80 bytes
    const literal = spssString(long);
    expect(literal.split('+')).toHaveLength(3);
    expect(readSpss(literal)).toBe(long);
  });
});

describe('R syntax', () => {
  for (const lang of LANGS) {
    it(`sets every variable label and value label (${lang})`, () => {
      const text = rSyntax(input(lang));
      expect(text).toMatch(/^[\x09\x0a\x20-\x7e\u00a0-\uffff]*$/u);
      expect(text).toContain('test <- read.csv("test.csv", fileEncoding = "UTF-8", stringsAsFactors = FALSE)');
      for (const variable of TRICKY_VARIABLES) {
        const line = new RegExp(`^attr\\(test\\[\\["${variable.name}"\\]\\], "label"\\) <- (".*")$`, 'm').exec(text);
        expect(line && readR(line[1] ?? ''), variable.name).toBe(variable.label[lang]);
      }
      const block = /attr\(test\[\["q_tricky"\]\], "labels"\) <- c\(\n([\s\S]*?)\n\)/.exec(text)?.[1] ?? '';
      const pairs = block.split('\n').map((line) => /^ {2}(".*") = (\d+)L,?$/.exec(line)).map((m) => [readR(m?.[1] ?? '""'), Number(m?.[2])]);
      expect(pairs).toEqual(TRICKY_VARIABLES[3]?.values.map((value) => [value.label[lang], value.code]));
    });
  }

  it('turns the missing codes into NA in its factor helper', () => {
    expect(rSyntax(input('en'))).toContain('labels[!labels %in% c(98L)]');
  });
});

describe('Stata syntax', () => {
  for (const lang of LANGS) {
    it(`labels every variable and defines every value label (${lang})`, () => {
      const text = stataSyntax(input(lang));
      expect(text).toContain('import delimited using `"test.csv"\', varnames(1) case(preserve) encoding("utf-8") stringcols(1) asdouble clear');
      for (const variable of TRICKY_VARIABLES) {
        const line = new RegExp(`^label variable ${variable.name} (.*)$`, 'm').exec(text);
        expect(line && readStata(line[1] ?? ''), variable.name).toBe(variable.label[lang]);
      }
      for (const variable of TRICKY_VARIABLES.filter((v) => v.values.length > 0)) {
        const block = new RegExp(`^label define ${variable.name} ///\\n([\\s\\S]*?)\\n {4}, replace\\nlabel values ${variable.name} ${variable.name}$`, 'm').exec(text)?.[1] ?? '';
        const pairs = block.split('\n').map((line) => /^ {4}(\d+) (.*) \/\/\/$/.exec(line)).map((m) => [Number(m?.[1]), readStata(m?.[2] ?? '`""\'')]);
        expect(pairs, variable.name).toEqual(variable.values.map((value) => [value.code, value.label[lang]]));
      }
    });
  }

  it('cuts variable labels to Stata\'s 80 characters', () => {
    const long = TRICKY_VARIABLES.map((v) => (v.name === 'weight' ? { ...v, label: { sq: 'ç'.repeat(90), en: 'x'.repeat(90), sr: 'đ'.repeat(90) } } : v));
    const line = /^label variable weight (.*)$/m.exec(stataSyntax(input('sq', long)))?.[1] ?? '';
    expect([...readStata(line)]).toHaveLength(80);
    expect(readStata(line)).toBe(`${'ç'.repeat(79)}…`);
  });

  it('rejects names Stata cannot hold', () => {
    const bad = [{ ...TRICKY_VARIABLES[0], name: 'a'.repeat(33) } as (typeof TRICKY_VARIABLES)[number]];
    expect(() => stataSyntax(input('en', bad))).toThrow(/not a valid Stata variable name/);
  });
});

describe('SPSS syntax', () => {
  for (const lang of LANGS) {
    it(`reads the CSV and sets every label and the missing codes (${lang})`, () => {
      const text = spssSyntax(input(lang));
      expect(text.startsWith('\uFEFF* Encoding: UTF-8.\n')).toBe(true);
      expect(text).toContain("  /FILE=\"test.csv\"\n  /ENCODING='UTF8'");
      expect(text).toMatch(/^ {4}id A11$/m);
      expect(text).toMatch(/^ {4}weight F24\.16$/m);
      expect(text).toMatch(/^ {4}q_tricky F2\.0$/m);
      const variableLabels = /^VARIABLE LABELS\n([\s\S]*?)\n\.$/m.exec(text)?.[1] ?? '';
      const labels = variableLabels.split('\n').map((line) => /^ {2}\/?(\w+) (.*)$/.exec(line)).map((m) => [m?.[1], readSpss(m?.[2] ?? '""')]);
      expect(labels).toEqual(TRICKY_VARIABLES.map((v) => [v.name, v.label[lang]]));
      const valueLabels = /^VALUE LABELS\n([\s\S]*?)\n\.$/m.exec(text)?.[1] ?? '';
      const pairs = valueLabels.split('\n').filter((line) => line.startsWith('    ')).map((line) => /^ {4}(\d+) (.*)$/.exec(line)).map((m) => [Number(m?.[1]), readSpss(m?.[2] ?? '""')]);
      expect(pairs).toEqual(TRICKY_VARIABLES.flatMap((v) => v.values.map((value) => [value.code, value.label[lang]])));
      expect(text).toContain('MISSING VALUES\n  q_tricky\n  (98).');
      expect(text).toContain('VARIABLE LEVEL\n  q_tricky (ORDINAL)\n  /id country (NOMINAL)\n  /weight (SCALE)\n.');
    });
  }
});

describe('the real codebook', () => {
  it('every variable and value label of every language appears in each syntax file', async () => {
    const codebooks = await realCodebooks();
    const variables = codebookVariables(codebooks, { id: { sq: 'Id', en: 'Id', sr: 'Id' }, weight: { sq: 'Pesha', en: 'Weight', sr: 'Ponder' } });
    expect(variables).toHaveLength(codebooks.en.questions.length + codebooks.en.demographics.length + 2);
    for (const lang of LANGS) {
      const files = { r: rSyntax(input(lang, variables)), stata: stataSyntax(input(lang, variables)), spss: spssSyntax(input(lang, variables)) };
      for (const variable of variables) {
        expect(files.r).toContain(`attr(test[["${variable.name}"]], "label") <- ${rString(variable.label[lang])}`);
        expect(files.stata).toContain(`label variable ${variable.name} ${stataString(variable.label[lang])}`);
        expect(files.spss).toMatch(new RegExp(`^ {2}/?${variable.name} "`, 'm'));
        for (const value of variable.values) {
          expect(files.r).toContain(`  ${rString(value.label[lang])} = ${value.code}L`);
          expect(files.stata).toContain(`    ${value.code} ${stataString(value.label[lang])} ///`);
          expect(files.spss).toContain(`    ${value.code} ${spssString(value.label[lang])}`);
        }
      }
    }
  });
});
