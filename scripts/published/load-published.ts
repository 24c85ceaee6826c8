/**
 * Reads data/published/*.csv (KCSS's published figures) strictly: UTF-8, the exact header, every row
 * through parseFigure against the codebook, ids unique across files, and every conflict group with at
 * least two figures (a conflict is two sources disagreeing; both stay). The first problem is a
 * DataError naming file, row, column and value.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ResolvedCodebook } from '../../src/lib/codebook/resolved.ts';
import { FIGURE_COLUMNS, isProblem, parseFigure, type PublishedFigure } from '../../src/lib/published/figures.ts';
import { parseCsv } from '../lib/csv-parse.ts';
import { decodeUtf8 } from '../lib/utf8.ts';
import { DataError } from '../lib/data-error.ts';
import { displayPath } from '../lib/display-path.ts';

export async function loadPublished(dir: string, codebook: ResolvedCodebook): Promise<PublishedFigure[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.csv')).sort();
  } catch {
    throw new DataError({ file: displayPath(dir) }, 'the folder of published figures is missing');
  }
  if (names.length === 0) throw new DataError({ file: displayPath(dir) }, 'no .csv files of published figures');
  const scales = new Map(codebook.questions.map((q) => [q.id, { codes: q.values.map((v) => v.code), countries: q.countries }]));
  const figures: PublishedFigure[] = [];
  const seen = new Map<string, string>();
  const conflicts = new Map<string, { file: string; line: number; ids: string[] }>();
  for (const name of names) {
    const file = displayPath(path.join(dir, name));
    const [header, ...rows] = parseCsv(decodeUtf8(new Uint8Array(await readFile(path.join(dir, name))), file), file);
    if (!header || header.fields.join(',') !== FIGURE_COLUMNS.join(',')) {
      throw new DataError({ file, row: 1, value: header?.fields.join(',') ?? '' }, `the header must be exactly: ${FIGURE_COLUMNS.join(',')}`);
    }
    for (const record of rows) {
      if (record.fields.length !== FIGURE_COLUMNS.length) throw new DataError({ file, row: record.line }, `${record.fields.length} fields, but the header has ${FIGURE_COLUMNS.length}`);
      const cells = Object.fromEntries(FIGURE_COLUMNS.map((column, i) => [column, record.fields[i] ?? '']));
      const result = parseFigure(cells, (id) => scales.get(id));
      if (isProblem(result)) throw new DataError({ file, row: record.line, column: result.column, value: cells[result.column] ?? '' }, result.reason);
      const first = seen.get(result.id);
      if (first !== undefined) throw new DataError({ file, row: record.line, column: 'id', value: result.id }, `the id is already used (${first})`);
      seen.set(result.id, `${file} row ${record.line}`);
      if (result.conflict !== null) {
        const group = conflicts.get(result.conflict) ?? { file, line: record.line, ids: [] };
        group.ids.push(result.id);
        conflicts.set(result.conflict, group);
      }
      figures.push(result);
    }
  }
  for (const [id, group] of conflicts) {
    if (group.ids.length < 2) throw new DataError({ file: group.file, row: group.line, column: 'conflict', value: id }, 'a conflict group needs at least two figures (the disagreeing sources); give the other figure the same id or leave it empty');
  }
  return figures;
}
