/**
 * What the explorer's chart draws, decided from the view: lines (one per answer, across waves), stacked
 * bars (a 100% bar per group) or grouped bars. Suppressed groups are left out of every chart. Pure data:
 * draw-chart.ts hands it to the shared chart functions in src/charts.
 */
import type { AnswerShare, TrendPoint } from '../../charts/types.ts';
import { answerColourMap, categoricalColours, GROUP_COLOURS, PALETTE } from '../../charts/palette.ts';
import { COMPARISON_MARKS } from './describe.ts';
import type { ExplorerView } from './view.ts';
import { drawnChart } from './state.ts';

export interface LegendItem {
  label: string;
  colour: string;
  /** 'interval': drawn as a whisker with caps (what the chart's 95% intervals look like), not a swatch. */
  kind?: 'interval';
}

export type ChartSpec =
  | { kind: 'lines'; points: TrendPoint[]; series: string[]; colours: string[]; legend: LegendItem[] }
  | { kind: 'stacked'; data: AnswerShare[]; groups: string[]; answers: string[]; colours: string[]; legend: LegendItem[] }
  | { kind: 'grouped'; data: AnswerShare[]; groups: string[]; answers: string[]; legend: LegendItem[] }
  | { kind: 'empty' };

/**
 * One colour per answer row, by the site's one answer palette (palette.ts): the same answer has the same
 * colour here as on its indicator page; an answer group is the ramp's high end.
 */
export function answerColours(view: ExplorerView): string[] {
  if (view.measureLabel !== null) return view.rows.map(() => GROUP_COLOURS.group);
  const colourOf = answerColourMap(view.question);
  return view.rows.map((row) => colourOf.get(row.code) ?? PALETTE.muted);
}

/** How a group is named on a chart; figure.ts adds each group's n ("Man (n = 1,204)"). */
export type GroupLabel = (column: ExplorerView['columns'][number]) => string;

export function chartSpec(view: ExplorerView, groupLabel: GroupLabel = (column) => column.label): ChartSpec {
  const shown = view.columns.filter((column) => column.reliability !== 'suppressed');
  if (shown.length === 0 || view.rows.length === 0) return { kind: 'empty' };
  const answers = view.rows.map((r) => r.label);
  // Lines run across waves, whose labels are the x axis; bars name each group with its n.
  const lines = drawnChart(view.state) === 'lines';
  const nameOf = (column: ExplorerView['columns'][number]) => (lines ? column.label : groupLabel(column));
  const groups = shown.map(nameOf);
  const shares: AnswerShare[] = view.rows.flatMap((row) =>
    row.cells.flatMap((cell) => {
      const { column } = cell;
      if (column.reliability === 'suppressed' || cell.share === null) return [];
      const mark = cell.comparison === 'higher' || cell.comparison === 'lower' ? COMPARISON_MARKS[cell.comparison] : undefined;
      return [{
        group: nameOf(column), answer: row.label, share: cell.share, lo: cell.lo ?? cell.share, hi: cell.hi ?? cell.share,
        unreliable: column.reliability === 'unreliable', ...(mark ? { mark } : {}),
      }];
    }),
  );

  const kind = drawnChart(view.state);
  if (kind === 'lines') {
    const waveOf = new Map(shown.map((column) => [nameOf(column), Number(column.code)]));
    const points: TrendPoint[] = shares.map((s) => ({
      series: s.answer, wave: waveOf.get(s.group) ?? Number(s.group), share: s.share, lo: s.lo, hi: s.hi, unreliable: s.unreliable,
      ...(s.mark ? { mark: s.mark } : {}),
    }));
    const colours = answerColours(view);
    return { kind, points, series: answers, colours, legend: answers.map((label, i) => ({ label, colour: colours[i] ?? '#888888' })) };
  }
  if (kind === 'stacked') {
    const colours = answerColours(view);
    return { kind, data: shares, groups, answers, colours, legend: answers.map((label, i) => ({ label, colour: colours[i] ?? '#888888' })) };
  }
  const colours = categoricalColours(groups.length);
  return { kind, data: shares, groups, answers, legend: groups.map((label, i) => ({ label, colour: colours[i] ?? '#888888' })) };
}
