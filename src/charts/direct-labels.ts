/**
 * Direct labels at the end of each line, in the line's own colour (darkened where needed for text
 * contrast), spread apart so close lines never print over each other; a label pushed away from its
 * line's last point gets a leader line back to it, so no label can pass for another line's.
 *
 * Every dot and label carries data-series (and dots data-wave): a browser test checks, on every line
 * chart of the build, that each label sits at its own series' last point or is led to it.
 */
import * as Plot from '@observablehq/plot';
import { textColour } from './palette.ts';
import { endLabels } from './spread-labels.ts';

interface LinePoint {
  series: string;
  wave: number;
  share: number;
}

export interface DirectLabelOptions<T extends LinePoint> {
  series: readonly string[];
  colours: readonly string[];
  /** Minimum distance between labels, in pixels. */
  gapPx: number;
  /** Height of the plotting area (0..1 of the y scale), in pixels. */
  plotHeight: number;
  /** Horizontal offset of the label from its point, in pixels. */
  dx: number;
  fontSize: number;
  text: (point: T) => string;
}

type Render = NonNullable<Plot.MarkOptions['render']>;

/** Tags each element a mark draws with its datum's series (and wave), in the mark's index order. */
export function tagSeries<T extends LinePoint>(data: readonly T[], withWave: boolean): Render {
  return (index, scales, values, dimensions, context, next) => {
    const group = next?.(index, scales, values, dimensions, context) ?? null;
    const elements = group ? [...group.children] : [];
    elements.forEach((element, k) => {
      const datum = data[index[k] ?? -1];
      if (!datum) return;
      element.setAttribute('data-series', datum.series);
      if (withWave) element.setAttribute('data-wave', String(datum.wave));
    });
    return group;
  };
}

/** A label moved less than this from its point still reads as beside it: no leader. */
export const LEADER_MIN_PX = 2;

/** The leader and label marks of a line chart's end labels. */
export function directLabels<T extends LinePoint>(points: readonly T[], options: DirectLabelOptions<T>): Plot.Markish[] {
  const labels = endLabels(points, options.series, options.gapPx / options.plotHeight);
  const colourOf = new Map(options.series.map((name, i) => [name, textColour(options.colours[i] ?? '#1b1f24')]));
  const leaders = labels.filter((label) => Math.abs(label.labelY - label.share) * options.plotHeight > LEADER_MIN_PX);
  // From just right of the dot to just left of the label: a slanted line, so leaders of labels pushed
  // the same way fan out instead of running over each other.
  const leaderRender: Render = (index, scales, values, dimensions, context, next) => {
    const group = next?.(index, scales, values, dimensions, context) ?? null;
    const elements = group ? [...group.children] : [];
    elements.forEach((path, k) => {
      const i = index[k] ?? -1;
      const x = Number(values['x1']?.[i]);
      const y1 = Number(values['y1']?.[i]);
      const y2 = Number(values['y2']?.[i]);
      path.setAttribute('d', `M${x + 4},${y1}L${x + options.dx - 2},${y2}`);
      path.setAttribute('data-series', leaders[i]?.series ?? '');
      path.setAttribute('data-leader', '');
    });
    return group;
  };
  return [
    Plot.link(leaders, {
      x1: 'wave', y1: 'share', x2: 'wave', y2: 'labelY', strokeWidth: 1,
      stroke: (label: T) => colourOf.get(label.series) ?? '#1b1f24',
      render: leaderRender,
    }),
    Plot.text(labels, {
      x: 'wave', y: 'labelY', dx: options.dx, textAnchor: 'start', fontSize: options.fontSize, fontWeight: 600,
      fill: (label: T) => colourOf.get(label.series) ?? '#1b1f24',
      text: options.text,
      render: tagSeries(labels, false),
    }),
  ];
}
