/**
 * The codebook as DDI-Codebook 2.5 XML, the format survey data archives exchange: the study
 * (citation, abstract, coverage, method, terms of use), the data file and every variable with its
 * labels, question text and categories, each text in the three languages (xml:lang). Elements follow
 * the order the DDI 2.5 schema prescribes.
 */
import { LANGS } from '../i18n-langs.ts';
import type { Codebooks, CodebookVariable, Trilingual } from './variables.ts';
import { node, xmlDocument, type XmlNode } from './xml.ts';
import { releaseDate } from '../release.ts';

export const DDI_NAMESPACE = 'ddi:codebook:2_5';
const SCHEMA_LOCATION = 'ddi:codebook:2_5 https://ddialliance.org/Specification/DDI-Codebook/2.5/XMLSchema/codebook.xsd';

export interface DdiInput {
  codebooks: Codebooks;
  /** Every column of the data file, in file order. */
  variables: readonly CodebookVariable[];
  /** File name of the data file described. */
  dataFile: string;
  /** Respondents (rows) in the data file. */
  rows: number;
  /** The suggested citation, per language. */
  citation: Trilingual;
  /** The dataset's page. */
  url: string;
  licence: { id: string; url: string };
  /** The synthetic-data notice, per language, when the data are synthetic. */
  notice: Trilingual | null;
  /** Label of the group holding the design variables (id, country, wave, demographics, weight). */
  designGroup: Trilingual;
}

/** One element per language with the same name. */
function each(name: string, text: Trilingual, attrs: Record<string, string> = {}): XmlNode[] {
  return LANGS.map((lang) => node(name, { 'xml:lang': lang, ...attrs }, text[lang]));
}

const varId = (name: string) => `V_${name}`;

function study(input: DdiInput): XmlNode {
  const { codebooks } = input;
  const dataset = codebooks.en.dataset;
  const text = (pick: (lang: (typeof LANGS)[number]) => string): Trilingual => ({ sq: pick('sq'), en: pick('en'), sr: pick('sr') });
  return node('stdyDscr', undefined, [
    node('citation', undefined, [
      node('titlStmt', undefined, [
        node('titl', { 'xml:lang': 'en' }, dataset.title),
        node('parTitl', { 'xml:lang': 'sq' }, codebooks.sq.dataset.title),
        node('parTitl', { 'xml:lang': 'sr' }, codebooks.sr.dataset.title),
        node('IDNo', undefined, `${dataset.id}-${dataset.version}`),
      ]),
      node('rspStmt', undefined, each('AuthEnty', text((lang) => codebooks[lang].dataset.publisher))),
      node('prodStmt', undefined, [...each('producer', text((lang) => codebooks[lang].dataset.publisher)), node('copyright', undefined, `${input.licence.id} ${input.licence.url}`)]),
      node('distStmt', undefined, [node('distrbtr', { URI: input.url }, dataset.publisher)]),
      node('verStmt', undefined, [node('version', { date: releaseDate(dataset) }, dataset.version)]),
      ...each('biblCit', input.citation),
    ]),
    node('stdyInfo', undefined, [
      ...each('abstract', text((lang) => codebooks[lang].dataset.description)),
      node('sumDscr', undefined, [
        ...dataset.waves.map((wave) => node('timePrd', { event: 'single', date: String(wave) }, String(wave))),
        ...dataset.countries.flatMap((country) => LANGS.map((lang) => node('nation', { abbr: country.iso, 'xml:lang': lang }, codebooks[lang].dataset.countries.find((c) => c.iso === country.iso)?.name ?? country.iso))),
      ]),
    ]),
    node('method', undefined, [
      ...each('notes', text((lang) => codebooks[lang].dataset.method), { type: 'method' }),
      ...(input.notice ? each('notes', input.notice, { type: 'synthetic-data' }) : []),
    ]),
    node('dataAccs', undefined, [node('useStmt', undefined, [...each('citReq', input.citation), node('conditions', undefined, `${input.licence.id}: ${input.licence.url}`)])]),
  ]);
}

function dataFile(input: DdiInput): XmlNode {
  return node('fileDscr', { ID: 'F1', URI: input.dataFile }, [
    node('fileTxt', undefined, [
      node('fileName', undefined, input.dataFile),
      node('dimensns', undefined, [node('caseQnty', undefined, String(input.rows)), node('varQnty', undefined, String(input.variables.length))]),
      node('fileType', { charset: 'UTF-8' }, 'text/csv'),
    ]),
  ]);
}

function groups(input: DdiInput): XmlNode[] {
  const ids = (variables: readonly CodebookVariable[]) => variables.map((variable) => varId(variable.name)).join(' ');
  const design = input.variables.filter((variable) => variable.kind !== 'question');
  const modules = input.codebooks.en.modules.map((module) => ({
    module,
    variables: input.variables.filter((variable) => variable.module === module.id),
  }));
  return [
    node('varGrp', { ID: 'G_design', type: 'other', var: ids(design) }, each('labl', input.designGroup)),
    ...modules
      .filter((entry) => entry.variables.length > 0)
      .map(({ module, variables }) =>
        node('varGrp', { ID: `G_${module.id}`, type: 'section', var: ids(variables) }, LANGS.map((lang) => node('labl', { 'xml:lang': lang }, input.codebooks[lang].modules.find((m) => m.id === module.id)?.title ?? module.title))),
      ),
  ];
}

function universe(input: DdiInput, variable: CodebookVariable): XmlNode[] {
  if (!variable.countries || !variable.waves) return [];
  const { countries, waves } = variable;
  return LANGS.map((lang) => {
    const names = input.codebooks[lang].dataset.countries.filter((country) => countries.includes(country.iso)).map((country) => country.name);
    return node('universe', { 'xml:lang': lang, clusion: 'I' }, `${names.join(', ')}: ${waves.join(', ')}`);
  });
}

function variableNode(input: DdiInput, variable: CodebookVariable): XmlNode {
  const weight = input.variables.find((candidate) => candidate.kind === 'weight');
  const countryName = (lang: (typeof LANGS)[number], iso: string) => input.codebooks[lang].dataset.countries.find((country) => country.iso === iso)?.name ?? iso;
  const wordingNotes = Object.entries(variable.wordingByCountry ?? {}).flatMap(([iso, wording]) =>
    LANGS.map((lang) => node('notes', { 'xml:lang': lang, type: 'country-wording', subject: iso }, `${countryName(lang, iso)}: ${wording[lang]}`)),
  );
  const nature = variable.kind === 'weight' ? 'ratio' : variable.kind === 'id' ? undefined : variable.ordered ? 'ordinal' : 'nominal';
  return node(
    'var',
    {
      ID: varId(variable.name),
      name: variable.name,
      files: 'F1',
      intrvl: variable.kind === 'weight' ? 'contin' : 'discrete',
      nature,
      ...(variable.kind === 'weight' ? { wgt: 'wgt' } : {}),
      ...(variable.kind === 'question' && weight ? { 'wgt-var': varId(weight.name) } : {}),
    },
    [
      ...each('labl', variable.label, { level: 'variable' }),
      ...(variable.wording ? LANGS.map((lang) => node('qstn', { 'xml:lang': lang }, [node('qstnLit', undefined, variable.wording?.[lang] ?? '')])) : []),
      ...universe(input, variable),
      ...variable.values.map((value) =>
        node('catgry', value.missing ? { missing: 'Y' } : undefined, [node('catValu', undefined, String(value.code)), ...each('labl', value.label, { level: 'category' })]),
      ),
      node('varFormat', { type: variable.kind === 'id' ? 'character' : 'numeric', schema: 'other' }),
      ...wordingNotes,
    ],
  );
}

export function ddiCodebook(input: DdiInput): string {
  const dataset = input.codebooks.en.dataset;
  return xmlDocument(
    node(
      'codeBook',
      {
        xmlns: DDI_NAMESPACE,
        'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
        'xsi:schemaLocation': SCHEMA_LOCATION,
        version: '2.5',
        ID: `${dataset.id}-codebook`,
        'xml:lang': 'en',
      },
      [study(input), dataFile(input), node('dataDscr', undefined, [...groups(input), ...input.variables.map((variable) => variableNode(input, variable))])],
    ),
  );
}
