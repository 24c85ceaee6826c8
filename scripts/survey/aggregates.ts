/**
 * Build-time aggregates per question, computed with the statistics library only (sumCells, crosstab,
 * collapseRows): per country, the answers across waves and, for the latest wave, by each demographic.
 * Missing codes (97, 98, 99) are left out of every base.
 */
import type { ResolvedCodebook, ResolvedQuestion } from '../../src/lib/codebook/resolved.ts';
import { isMissingCode } from '../../src/lib/codebook/missing.ts';
import type { CountryAggregates, DemographicBreakdown, QuestionAggregates } from '../../src/lib/survey/aggregates.ts';
import { valuesInCountry, wavesAsked } from '../../src/lib/survey/columns.ts';
import { collapseRows, crosstab, sumCells, type CellSums } from '../../src/lib/stats/index.ts';
import { at } from '../../src/lib/stats/at.ts';
import { codesOf, type ResponseTable } from './response-table.ts';

/** The key tables have row 1 (key answers) and row 0 (other valid answers). */
const KEY_ROWS = [1, 0];

/** CellSums of answer × group over the given rows of the table, valid answers only. */
function cellsFor(table: ResponseTable, answers: Int32Array, rows: readonly number[], groupOf: (row: number) => string): CellSums[] {
  const records = function* (): Generator<{ row: number; col: string; weight: number }> {
    for (const row of rows) {
      const answer = at(answers, row);
      if (!isMissingCode(answer)) yield { row: answer, col: groupOf(row), weight: at(table.weights, row) };
    }
  };
  return sumCells(records());
}

function rowsWhere(table: ResponseTable, column: string, code: number): number[] {
  const codes = codesOf(table, column);
  const rows: number[] = [];
  for (let row = 0; row < table.rowCount; row += 1) if (at(codes, row) === code) rows.push(row);
  return rows;
}

function countryAggregates(table: ResponseTable, codebook: ResolvedCodebook, question: ResolvedQuestion, country: ResolvedCodebook['dataset']['countries'][number]): CountryAggregates | undefined {
  const waves = wavesAsked(codebook, question, country.iso);
  const latestWave = waves[waves.length - 1];
  if (latestWave === undefined) return undefined;
  const answers = codesOf(table, question.id);
  const answerCodes = question.values.map((value) => value.code);
  const countryRows = rowsWhere(table, 'country', country.code);
  const waveCodes = codesOf(table, 'wave');

  const trendCells = cellsFor(table, answers, countryRows, (row) => String(waveCodes[row]));
  const waveCols = waves.map(String);
  const latestRows = countryRows.filter((row) => waveCodes[row] === latestWave);

  const byDemographic: DemographicBreakdown[] = codebook.demographics
    .filter((variable) => variable.id !== 'country' && variable.id !== 'wave')
    .map((variable) => {
      const groupCodes = codesOf(table, variable.id);
      const cells = cellsFor(table, answers, latestRows, (row) => String(groupCodes[row]));
      const cols = valuesInCountry(variable.values, country.iso).map((value) => String(value.code));
      return {
        demographic: variable.id,
        full: crosstab(cells, { weighted: true, rows: answerCodes, cols }),
        key: crosstab(collapseRows(cells, question.key.codes), { weighted: true, rows: KEY_ROWS, cols }),
      };
    });

  return {
    country: country.iso,
    countryCode: country.code,
    trend: crosstab(trendCells, { weighted: true, rows: answerCodes, cols: waveCols }),
    trendKey: crosstab(collapseRows(trendCells, question.key.codes), { weighted: true, rows: KEY_ROWS, cols: waveCols }),
    latest: { wave: latestWave, byDemographic },
  };
}

export function questionAggregates(table: ResponseTable, codebook: ResolvedCodebook, question: ResolvedQuestion): QuestionAggregates {
  const countries = codebook.dataset.countries
    .map((country) => countryAggregates(table, codebook, question, country))
    .filter((entry): entry is CountryAggregates => entry !== undefined);
  return {
    question: question.id,
    datasetId: codebook.dataset.id,
    version: codebook.dataset.version,
    synthetic: codebook.dataset.synthetic,
    weighted: true,
    keyCodes: [...question.key.codes],
    countries,
  };
}
