/**
 * Pipeline step: KCSS's published figures (data/published/) validated against the survey codebook and
 * written to public/data/published/ as CSV and Parquet (researchers, the SQL console), the JSON the pages
 * read, and datapackage.json. They are a dataset of their own, never merged with values computed from
 * the microdata.
 */
import { csvResourceFile } from '../../src/lib/downloads/datapackage.ts';
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { ResolvedCodebook } from '../../src/lib/codebook/resolved.ts';
import { dataPaths, downloadPaths, fileName } from '../../src/lib/data-layout.ts';
import { toCsv, type CsvCell } from '../../src/lib/csv.ts';
import { MISSING, NON_ANSWER_CODES } from '../../src/lib/codebook/schema.ts';
import { compare, comparableFigures, FLAG_ABOVE_POINTS, summarise } from '../../src/lib/published/comparison.ts';
import { PUBLISHED_ID, PUBLISHED_RELEASE, type PublishedFigure } from '../../src/lib/published/figures.ts';
import type { CellSums } from '../../src/lib/stats/index.ts';
import { codesOf, type ResponseTable } from '../survey/response-table.ts';
import type { ManifestDataset } from '../../src/lib/survey/manifest.ts';
import type { OutputWriter } from '../lib/output-writer.ts';
import type { StepTimer } from '../lib/step-timer.ts';
import { loadPublished } from './load-published.ts';

const PUBLISHED_VERSION = PUBLISHED_RELEASE.version;

interface Column {
  name: string;
  parquet: 'STRING' | 'INT32' | 'DOUBLE';
  type: 'string' | 'integer' | 'number';
  description: string;
  value: (figure: PublishedFigure) => string | number | null;
}

export const PUBLISHED_COLUMNS: readonly Column[] = [
  { name: 'id', parquet: 'STRING', type: 'string', description: 'Figure id: the research table row and the figure\'s place in it.', value: (f) => f.id },
  { name: 'row', parquet: 'STRING', type: 'string', description: 'Row of the research table (published-figures.md, section A).', value: (f) => f.row },
  { name: 'survey', parquet: 'STRING', type: 'string', description: 'KSB (Kosovo Security Barometer), WBSB or other.', value: (f) => f.survey },
  { name: 'edition', parquet: 'STRING', type: 'string', description: 'Edition and fieldwork as the source describes them.', value: (f) => f.edition },
  { name: 'fieldwork_year', parquet: 'INT32', type: 'integer', description: 'Year the figure refers to; empty when the source gives a range or none.', value: (f) => f.fieldworkYear },
  { name: 'country', parquet: 'STRING', type: 'string', description: 'AL, XK (Kosovo) or RS; empty when not one country.', value: (f) => f.country },
  { name: 'indicator', parquet: 'STRING', type: 'string', description: 'What the figure measures.', value: (f) => f.indicator },
  { name: 'wording', parquet: 'STRING', type: 'string', description: 'The answer wording as printed.', value: (f) => f.wording },
  { name: 'question', parquet: 'STRING', type: 'string', description: 'The codebook question it corresponds to (wbsb dataset), or empty.', value: (f) => f.question },
  { name: 'answers', parquet: 'STRING', type: 'string', description: 'Codes of that question that the figure counts, joined by +.', value: (f) => (f.answers.length > 0 ? f.answers.join('+') : null) },
  { name: 'subgroup', parquet: 'STRING', type: 'string', description: 'The group the figure is about; empty for everyone.', value: (f) => f.subgroup },
  { name: 'value', parquet: 'DOUBLE', type: 'number', description: 'The number as printed; empty when the published value is not a plain number.', value: (f) => f.value },
  { name: 'qualifier', parquet: 'STRING', type: 'string', description: 'A word printed before the number (about, over, …); never folded into the value.', value: (f) => f.qualifier },
  { name: 'value_text', parquet: 'STRING', type: 'string', description: 'The value exactly as printed.', value: (f) => f.valueText },
  { name: 'unit', parquet: 'STRING', type: 'string', description: 'percent, points, count, scale or text.', value: (f) => f.unit },
  { name: 'source_url', parquet: 'STRING', type: 'string', description: 'Where the figure was published.', value: (f) => f.sourceUrl },
  { name: 'flags', parquet: 'STRING', type: 'string', description: 'Notes of the research table (uncertain, CONFLICT, …).', value: (f) => f.flags },
  { name: 'conflict', parquet: 'STRING', type: 'string', description: 'Group of figures that report the same quantity with different numbers; all are kept.', value: (f) => f.conflict },
];

function publishedCsv(figures: readonly PublishedFigure[]): string {
  return toCsv(PUBLISHED_COLUMNS.map((c) => c.name), figures.map((f) => PUBLISHED_COLUMNS.map((c): CsvCell => c.value(f))));
}

function publishedParquet(figures: readonly PublishedFigure[]): Uint8Array {
  return new Uint8Array(parquetWriteBuffer({
    columnData: PUBLISHED_COLUMNS.map((c) => ({ name: c.name, data: figures.map((f) => c.value(f)), type: c.parquet, nullable: true })),
    rowGroupSize: Math.max(figures.length, 1),
    createdBy: 'security-barometer-portal scripts/data.ts',
    kvMetadata: [{ key: 'dataset', value: PUBLISHED_ID }, { key: 'version', value: PUBLISHED_VERSION }, { key: 'synthetic', value: 'false' }],
  }));
}

function datapackage(csv: { bytes: number; sha256: string }): Record<string, unknown> {
  return {
    name: 'wbsb-published-figures',
    title: 'KCSS published survey figures (Kosovo Security Barometer and Western Balkans Security Barometer), as printed',
    version: PUBLISHED_VERSION,
    description: 'One row per figure that KCSS and its partners published from their surveys since 2014, with its source. Values are as printed; they are not recomputed and are not the portal\'s own estimates.',
    resources: [{
      name: 'published-figures', ...csvResourceFile({ path: fileName(dataPaths.csv(PUBLISHED_ID)), bytes: csv.bytes, sha256: csv.sha256 }),
      schema: { fields: PUBLISHED_COLUMNS.map((c) => ({ name: c.name, type: c.type, description: c.description })), primaryKey: ['id'] },
    }],
  };
}

/** Each figure's question in one country and wave as answer cells (every code asked, weights as stored). */
function cellsFrom(table: ResponseTable, codebook: ResolvedCodebook, wave: number) {
  const countryCode = new Map(codebook.dataset.countries.map((c) => [c.iso as string, c.code]));
  const countries = codesOf(table, 'country');
  const waves = codesOf(table, 'wave');
  return (question: string, country: string): CellSums[] => {
    const answers = codesOf(table, question);
    const code = countryCode.get(country);
    const sums = new Map<number, CellSums>();
    for (let r = 0; r < table.rowCount; r += 1) {
      if (countries[r] !== code || waves[r] !== wave || answers[r] === MISSING.notAsked) continue;
      const row = answers[r] ?? 0;
      const w = table.weights[r] ?? 0;
      const cell = sums.get(row) ?? { row, col: country, n: 0, sumW: 0, sumW2: 0 };
      cell.n += 1;
      cell.sumW += w;
      cell.sumW2 += w * w;
      sums.set(row, cell);
    }
    return [...sums.values()];
  };
}

/** published/comparison.json: every recomputable figure of each microdata wave beside the portal's value. */
function comparison(figures: readonly PublishedFigure[], table: ResponseTable, codebook: ResolvedCodebook) {
  const rows = codebook.dataset.waves.flatMap((wave) => {
    const cells = cellsFrom(table, codebook, wave);
    return comparableFigures(figures, wave).flatMap((figure) => compare(figure, cells, NON_ANSWER_CODES) ?? []).map((row) => ({ wave, ...row }));
  });
  return { flagAbovePoints: FLAG_ABOVE_POINTS, rows, summary: summarise(rows) };
}

export async function buildPublished(dir: string, codebook: ResolvedCodebook, table: ResponseTable, writer: OutputWriter, timer: StepTimer): Promise<{ manifest: ManifestDataset }> {
  const figures = await timer.run('load + validate', () => loadPublished(dir, codebook));
  const info = { rows: figures.length, columns: PUBLISHED_COLUMNS.map((c) => c.name) };
  await timer.run('write tables', async () => {
    await writer.write(dataPaths.parquet(PUBLISHED_ID), publishedParquet(figures), info);
    const csv = await writer.write(dataPaths.csv(PUBLISHED_ID), publishedCsv(figures), info);
    await writer.write(dataPaths.json(PUBLISHED_ID), `${JSON.stringify({ version: PUBLISHED_VERSION, figures }, null, 2)}\n`);
    await writer.write(downloadPaths.datapackage(PUBLISHED_ID), `${JSON.stringify(datapackage(csv), null, 2)}\n`);
    await writer.write(dataPaths.comparison(PUBLISHED_ID), `${JSON.stringify(comparison(figures, table, codebook), null, 2)}\n`);
  });
  return { manifest: { id: PUBLISHED_ID, version: PUBLISHED_VERSION, synthetic: false, files: writer.files().filter((file) => file.path.startsWith(`${PUBLISHED_ID}/`)) } };
}
