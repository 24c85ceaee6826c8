/**
 * Checks of figures.csv across rows: unique ids numbered 1, 2, 3, … within each research row, one
 * source per research row, conflict groups that really hold a conflict (two figures or more, one unit,
 * at least two different values), and figures at a KSF rank equal to the rank table's share, so the
 * two files can never drift apart.
 */
import type { FigureColumn, FiguresInput } from './figure-validate.ts';
import { FIGURE_ID, type PublishedFigure } from './figure-schema.ts';
import type { RepresentationIssue } from './issues.ts';
import type { CsvRecord } from './validate.ts';

/** A figure with where it is in the file and its raw fields. */
export interface LocatedFigure {
  record: CsvRecord;
  raw: Record<FigureColumn, string>;
  figure: PublishedFigure;
}

type Issue = (item: LocatedFigure, column: FigureColumn, message: string) => RepresentationIssue;

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key !== undefined) groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}

function checkIds(located: readonly LocatedFigure[], at: Issue): RepresentationIssue[] {
  const issues: RepresentationIssue[] = [];
  for (const same of groupBy(located, (item) => item.figure.figureId).values()) {
    for (const repeat of same.slice(1)) issues.push(at(repeat, 'figure_id', `repeats row ${same[0]?.record.row ?? '?'}`));
  }
  for (const [sourceRow, figures] of groupBy(located, (item) => item.figure.sourceRow)) {
    figures.forEach((item, index) => {
      const number = Number(FIGURE_ID.exec(item.figure.figureId)?.[2]);
      if (number !== index + 1) issues.push(at(item, 'figure_id', `expected ${sourceRow}-${index + 1}: the figures of ${sourceRow} are numbered 1, 2, 3, … in file order`));
    });
    const first = figures[0];
    for (const item of figures.slice(1)) {
      if (!first) break;
      if (item.figure.sourceUrl !== first.figure.sourceUrl) issues.push(at(item, 'source_url', `differs from row ${first.record.row}: the figures of one research row share its source`));
      if (item.figure.publisher !== first.figure.publisher) issues.push(at(item, 'publisher', `differs from row ${first.record.row}: the figures of one research row share its source`));
    }
  }
  return issues;
}

/** A conflict group must hold a conflict; a group that silently lost a side would hide one. */
function checkConflicts(input: FiguresInput, located: readonly LocatedFigure[], at: Issue): RepresentationIssue[] {
  const issues: RepresentationIssue[] = [];
  const groups = groupBy(located, (item) => item.figure.conflictGroup);
  for (const [id, members] of groups) {
    const first = members[0];
    if (!first) continue;
    if (members.length < 2) {
      issues.push(at(first, 'conflict_group', 'has only this figure: a conflict needs two figures or more'));
      continue;
    }
    const other = members.find((item) => item.figure.unit !== first.figure.unit);
    if (other) issues.push(at(other, 'conflict_group', `mixes units: row ${first.record.row} of "${id}" is ${first.figure.unit}, this one ${other.figure.unit}`));
    const values = new Set(members.map((item) => `${item.figure.qualifier ?? ''} ${item.figure.value}`));
    if (values.size < 2) issues.push(at(first, 'conflict_group', `every figure of "${id}" reports the same value: that is agreement, not a conflict`));
  }
  for (const conflict of input.vocabulary.conflicts) {
    if (!groups.has(conflict.id)) issues.push({ file: input.file, row: 0, column: 'conflict_group', value: conflict.id, message: 'vocabulary.yaml lists this conflict group but no figure belongs to it' });
  }
  return issues;
}

/** A figure at a rank repeats a cell of the rank table: it must give the same share. */
function checkRankTable(input: FiguresInput, located: readonly LocatedFigure[], at: Issue): RepresentationIssue[] {
  return located.flatMap((item) => {
    const { figure } = item;
    const cell = input.rankRows.find((row) => row.institution === figure.institution && row.rank === figure.level && row.group === figure.group && row.year === figure.year);
    if (!cell) return [];
    if (figure.unit !== 'percent' || figure.value !== cell.share) {
      return [at(item, 'value', `disagrees with the rank table, which gives ${cell.share}% for ${figure.group} at ${figure.level} in ${cell.year}`)];
    }
    return [];
  });
}

export function checkFiguresAcrossRows(input: FiguresInput, located: readonly LocatedFigure[]): RepresentationIssue[] {
  const at: Issue = (item, column, message) => ({ file: input.file, row: item.record.row, line: item.record.line, column, value: item.raw[column], message });
  return [...checkIds(located, at), ...checkConflicts(input, located, at), ...checkRankTable(input, located, at)];
}
