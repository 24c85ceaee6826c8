/**
 * The "copy SQL" text: the explorer's own cells query with its values inlined, reading the
 * downloadable Parquet file, followed by the arithmetic of the statistics library (column shares,
 * Kish's effective n, the Wilson 95% interval) so that running it in DuckDB reproduces the numbers
 * the explorer shows. Small-cell suppression (column n < 30) is left to the reader; the column n is
 * in the output.
 */
import type { ExplorerState, StateVocabulary } from './state.ts';
import { crosstabCellsSql, literalBinder, PARQUET_FILE_NAME } from './sql.ts';
import { Z_95 } from '../stats/index.ts';
import { GROUP_ROW, measureCodes, REST_ROW } from './measure.ts';

function indent(text: string, prefix: string): string {
  return text.split('\n').map((line) => `${prefix}${line}`).join('\n');
}

function describeMeasure(state: ExplorerState, vocabulary: StateVocabulary): string {
  const codes = measureCodes(state.measure, vocabulary.questions.find((q) => q.id === state.question) ?? { values: [] });
  return codes ? `answer = ${GROUP_ROW}: codes ${codes.join(', ')} added up (${REST_ROW}: every other answer)` : 'every answer';
}

function describe(state: ExplorerState, vocabulary: StateVocabulary): string {
  const filters = Object.entries(state.filters)
    .filter(([, codes]) => codes.length > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, codes]) => `${id} in (${codes.join(', ')})`);
  return [
    `-- ${state.question} by ${state.breakdown}; measure: ${describeMeasure(state, vocabulary)}; ${state.weighted ? 'weighted' : 'unweighted'}; ` +
      `don't know / refused ${state.includeMissing ? 'included' : 'excluded'}; filters: ${filters.length > 0 ? filters.join(', ') : 'none'}.`,
    `-- Run in DuckDB in the folder that holds ${PARQUET_FILE_NAME}. share, ci_low and ci_high are proportions (0-1);`,
    '-- the explorer suppresses columns with column_n < 30 and flags those with column_n < 50.',
  ].join('\n');
}

export function buildCopySql(state: ExplorerState, vocabulary: StateVocabulary, fileName: string = PARQUET_FILE_NAME): string {
  const cells = crosstabCellsSql(state, vocabulary, { parquetFile: fileName }, literalBinder);
  const z = String(Z_95);
  const z2 = `(${z} * ${z})`;
  const wilson = (sign: '-' | '+') =>
    `(share + ${z2} / (2 * n_eff) ${sign} ${z} * sqrt(share * (1 - share) / n_eff + ${z2} / (4 * n_eff * n_eff))) / (1 + ${z2} / n_eff)`;
  return [
    describe(state, vocabulary),
    'WITH cells AS (',
    indent(cells, '  '),
    '), totals AS (',
    '  SELECT grp, sum(n) AS column_n, sum(sum_w) AS column_sum_w, sum(sum_w) * sum(sum_w) / sum(sum_w2) AS n_eff',
    '  FROM cells',
    '  GROUP BY grp',
    '), shares AS (',
    '  SELECT cells.answer, cells.grp, cells.n, totals.column_n, totals.n_eff, cells.sum_w / totals.column_sum_w AS share',
    '  FROM cells JOIN totals USING (grp)',
    ')',
    'SELECT',
    '  answer, grp, n, column_n, n_eff, share,',
    `  CASE WHEN share <= 0 THEN 0 ELSE greatest(0, ${wilson('-')}) END AS ci_low,`,
    `  CASE WHEN share >= 1 THEN 1 ELSE least(1, ${wilson('+')}) END AS ci_high`,
    'FROM shares',
    'ORDER BY grp, answer;',
  ].join('\n');
}
