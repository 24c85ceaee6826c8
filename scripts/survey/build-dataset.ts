/**
 * One dataset through the whole pipeline: codebook → respondents (real or synthetic) → validation →
 * Parquet, CSV, codebooks per language, aggregates per question. Writes through the OutputWriter, so
 * nothing lands in public/data until every dataset has passed.
 */
import { resolveCodebook } from '../../src/lib/codebook/resolve.ts';
import { designSummary } from '../../src/lib/downloads/design-summary.ts';
import { dataPaths } from '../../src/lib/data-layout.ts';
import type { ResolvedCodebook } from '../../src/lib/codebook/resolved.ts';
import { LANGS } from '../../src/lib/i18n-langs.ts';
import type { ManifestDataset, ManifestDisclosure } from '../../src/lib/survey/manifest.ts';
import type { OutputWriter } from '../lib/output-writer.ts';
import type { StepTimer } from '../lib/step-timer.ts';
import { questionAggregates } from './aggregates.ts';
import { loadCodebook } from './load-codebook.ts';
import { readResponses } from './read-responses.ts';
import type { CountryWaveSummary } from './synthetic/generate.ts';
import { validateResponses } from './validate-responses.ts';
import { codesOf, type ResponseTable } from './response-table.ts';
import { disclosureCheck, disclosureRules, ETHNICITY, majorityOf, nonMajorityK, type DisclosureRules } from '../../src/lib/survey/disclosure.ts';
import { responsesToCsv } from './write-csv.ts';
import { responsesToParquet } from './write-parquet.ts';

export interface DatasetBuild {
  manifest: ManifestDataset;
  /** The English codebook (the published figures are checked against it). */
  english: ResolvedCodebook;
  /** The validated respondents (the published figures are recomputed from them). */
  table: ResponseTable;
  /** Design effects and raking passes per country-wave, when the data are synthetic. */
  synthetic?: CountryWaveSummary[];
}

/** The rules the import applied, with the check of the rows as published (ethnicity is a key: the codebook checks require it with the rules). */
function disclosureOf(table: ResponseTable, rules: DisclosureRules): ManifestDisclosure {
  const keys = ['country', ...rules.keys].filter((key) => table.codes.has(key));
  const keyColumns = keys.map((key) => codesOf(table, key));
  const majority = majorityOf(codesOf(table, 'country'), codesOf(table, ETHNICITY), table.rowCount);
  const check = disclosureCheck(keyColumns, table.rowCount, keys, rules.localSuppressionMinimum);
  return { k: check.k, kNonMajority: nonMajorityK(keyColumns, table.rowCount, majority), keys: check.keys, mergeBelow: rules.mergeBelow, localSuppressionMinimum: rules.localSuppressionMinimum, inSmallGroups: check.inSmallGroups };
}

export async function buildDataset(datasetDir: string, writer: OutputWriter, timer: StepTimer): Promise<DatasetBuild> {
  const { codebooks, english, rules } = await timer.run('codebook', async () => {
    const loaded = await loadCodebook(datasetDir);
    const all = LANGS.map((lang) => resolveCodebook(loaded.sources, lang));
    const en = all.find((codebook) => codebook.lang === 'en') ?? resolveCodebook(loaded.sources, 'en');
    return { codebooks: all, english: en, rules: disclosureRules(loaded.sources) };
  });
  const { id, version, synthetic } = english.dataset;
  const source = await timer.run(synthetic ? 'generate synthetic respondents' : 'read responses.csv', () => readResponses(datasetDir, english));
  const table = await timer.run('parse + validate CSV', () => validateResponses(source.bytes, english, source.file));
  const tableInfo = { rows: table.rowCount, columns: table.columns };

  await timer.run('write Parquet', () => writer.write(dataPaths.parquet(id), responsesToParquet(table, { datasetId: id, version, synthetic }), tableInfo));
  await timer.run('write CSV', () => writer.write(dataPaths.csv(id), responsesToCsv(table), tableInfo));
  await timer.run('write codebooks', async () => {
    for (const codebook of codebooks) await writer.write(dataPaths.codebook(id, codebook.lang), `${JSON.stringify(codebook, null, 2)}\n`);
  });
  await timer.run('aggregates', async () => {
    for (const question of english.questions) {
      await writer.write(dataPaths.aggregates(id, question.id), JSON.stringify(questionAggregates(table, english, question)));
    }
  });

  const disclosure = rules ? disclosureOf(table, rules) : undefined;
  const design = designSummary({ country: codesOf(table, 'country'), wave: codesOf(table, 'wave'), weight: table.weights }, english.dataset.countries.map((country) => country.code));
  const manifest: ManifestDataset = {
    id,
    version,
    synthetic,
    respondents: table.rowCount,
    ...(disclosure ? { disclosure } : {}),
    design,
    files: writer.files().filter((file) => file.path.startsWith(`${id}/`)),
  };
  return { manifest, english, table, ...(source.synthetic ? { synthetic: source.synthetic } : {}) };
}
