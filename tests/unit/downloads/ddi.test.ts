/** DDI-Codebook 2.5 XML: escaping, well-formedness, and every variable and category in three languages. */
import { describe, expect, it } from 'vitest';
import { ddiCodebook, DDI_NAMESPACE, type DdiInput } from '../../../src/lib/downloads/ddi.ts';
import { codebookVariables } from '../../../src/lib/downloads/variables.ts';
import { escapeXml, node, xmlDocument } from '../../../src/lib/downloads/xml.ts';
import { LANGS } from '../../../src/lib/i18n-langs.ts';
import { realCodebooks, TRICKY, TRICKY_VARIABLES } from './fixtures.ts';
import { parseStrictXml } from './xml-check.ts';

describe('XML escaping', () => {
  it('escapes the five special characters and drops characters XML forbids', () => {
    expect(escapeXml(`a & b < c > d "e" 'f'`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;');
    expect(escapeXml('bell\u0007 nul\u0000 tab\t ok')).toBe('bell nul tab\t ok');
    expect(escapeXml('lone \uD800 surrogate')).toBe('lone  surrogate');
    expect(escapeXml(TRICKY.letters)).toBe(TRICKY.letters);
  });

  it('round-trips awkward text and attributes through a strict parser', () => {
    const text = `${TRICKY.mixed} & <tag> ]]> \u0001`;
    const xml = xmlDocument(node('root', { note: text }, [node('child', { 'xml:lang': 'sq' }, text)]));
    const [root, child] = parseStrictXml(xml);
    const expected = text.replace('\u0001', '');
    expect(root?.attributes['note']).toBe(expected);
    expect(child?.text).toBe(expected);
  });
});

describe('the DDI codebook', () => {
  async function build(): Promise<{ xml: string; input: DdiInput }> {
    const codebooks = await realCodebooks();
    const variables = codebookVariables(codebooks, { id: { sq: 'Id', en: 'Id', sr: 'Id' }, weight: { sq: 'Pesha', en: 'Weight', sr: 'Ponder' } });
    const input: DdiInput = {
      codebooks, variables, dataFile: 'wbsb.csv', rows: 18000,
      citation: { sq: 'Citimi "sq" & më', en: 'Citation <en>', sr: 'Citat „sr”' }, url: 'https://securitybarometer.qkss.org/en/data/wbsb/',
      licence: { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
      notice: { sq: 'Sintetike', en: 'Synthetic', sr: 'Sintetički' }, designGroup: { sq: 'Dizajni', en: 'Design', sr: 'Dizajn' },
    };
    return { xml: ddiCodebook(input), input };
  }

  it('is well-formed, in the DDI 2.5 namespace, with the sections in schema order', async () => {
    const { xml } = await build();
    const elements = parseStrictXml(xml);
    const root = elements[0];
    expect(root?.name).toBe('codeBook');
    expect(root?.attributes['xmlns']).toBe(DDI_NAMESPACE);
    expect(elements.filter((e) => e.path.split('/').length === 2).map((e) => e.name)).toEqual(['stdyDscr', 'fileDscr', 'dataDscr']);
    expect(elements.filter((e) => e.path === 'codeBook/stdyDscr/citation/biblCit').map((e) => e.text)).toEqual(['Citimi "sq" & më', 'Citation <en>', 'Citat „sr”']);
    expect(elements.find((e) => e.name === 'caseQnty')?.text).toBe('18000');
  });

  it('describes every variable with its labels, question and categories in three languages', async () => {
    const { xml, input } = await build();
    const elements = parseStrictXml(xml);
    const vars = elements.filter((e) => e.path === 'codeBook/dataDscr/var');
    expect(vars.map((v) => v.attributes['name'])).toEqual(input.variables.map((v) => v.name));
    expect(elements.find((e) => e.name === 'var' && e.attributes['name'] === 'weight')?.attributes['wgt']).toBe('wgt');
    for (const question of input.codebooks.en.questions.slice(0, 10)) {
      const start = elements.findIndex((e) => e.name === 'var' && e.attributes['name'] === question.id);
      const end = elements.findIndex((e, i) => i > start && e.name === 'var');
      const inside = elements.slice(start + 1, end < 0 ? undefined : end);
      for (const lang of LANGS) {
        const codebook = input.codebooks[lang];
        const q = codebook.questions.find((candidate) => candidate.id === question.id);
        expect(inside.find((e) => e.path.endsWith('var/labl') && e.attributes['xml:lang'] === lang)?.text).toBe(q?.short);
        const qstn = inside.findIndex((e) => e.name === 'qstn' && e.attributes['xml:lang'] === lang);
        expect(inside[qstn + 1]?.name).toBe('qstnLit');
        expect(inside[qstn + 1]?.text).toBe(q?.wording);
        const categories = inside.filter((e) => e.path.endsWith('catgry/labl') && e.attributes['xml:lang'] === lang).map((e) => e.text);
        expect(categories).toEqual([...(q?.values ?? []), ...codebook.missing].map((value) => value.label));
      }
      const codes = inside.filter((e) => e.name === 'catValu').map((e) => Number(e.text));
      expect(codes).toEqual([...question.values.map((v) => v.code), 97, 98, 99]);
      expect(inside.filter((e) => e.name === 'catgry' && e.attributes['missing'] === 'Y')).toHaveLength(3);
    }
  });

  it('keeps tricky labels intact', async () => {
    const codebooks = await realCodebooks();
    const xml = ddiCodebook({
      codebooks, variables: TRICKY_VARIABLES, dataFile: 't.csv', rows: 1, citation: { sq: 'a', en: 'b', sr: 'c' }, url: 'https://securitybarometer.qkss.org/',
      licence: { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' }, notice: null, designGroup: { sq: 'd', en: 'd', sr: 'd' },
    });
    const labels = parseStrictXml(xml).filter((e) => e.path.endsWith('catgry/labl')).map((e) => e.text);
    expect(labels).toContain(TRICKY.mixed);
    expect(labels).toContain(TRICKY.doubleQuote);
    expect(labels).toContain('Čačak, Šabac, Žabalj');
  });
});
