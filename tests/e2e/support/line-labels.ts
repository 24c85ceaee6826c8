/**
 * Checks the direct labels of one rendered line chart against its own dots, from the SVG's attributes
 * alone: every series with dots has one label; the label's anchor is at the x of its own series' last
 * dot; it is at that dot's height (within LEADER_MIN_PX) or a leader line of the same series runs from the dot to the label;
 * its colour is its series' colour made legible (textColour). Returns what is wrong, or [].
 */
import { LEADER_MIN_PX } from '../../../src/charts/direct-labels.ts';
import { textColour } from '../../../src/charts/palette.ts';

const TOLERANCE = 0.5;

function translate(element: Element | null): [number, number] {
  const match = /translate\(([-\d.e]+)[ ,]+([-\d.e]+)\)/.exec(element?.getAttribute('transform') ?? '');
  return match ? [Number(match[1]), Number(match[2])] : [0, 0];
}

function dotCentre(dot: Element): [number, number] {
  if (dot.hasAttribute('cx')) return [Number(dot.getAttribute('cx')), Number(dot.getAttribute('cy'))];
  return translate(dot);
}

export function lineLabelProblems(svg: Element): string[] {
  const problems: string[] = [];
  const dots = [...svg.querySelectorAll('[data-series][data-wave]')];
  const labels = [...svg.querySelectorAll('text[data-series]')];
  const leaders = [...svg.querySelectorAll('path[data-leader]')];
  const series = [...new Set(dots.map((dot) => dot.getAttribute('data-series') ?? ''))];
  for (const name of series) {
    const own = labels.filter((label) => label.getAttribute('data-series') === name);
    if (own.length !== 1) { problems.push(`${name}: ${own.length} labels`); continue; }
    const label = own[0]!;
    const last = dots.filter((dot) => dot.getAttribute('data-series') === name)
      .sort((a, b) => Number(b.getAttribute('data-wave')) - Number(a.getAttribute('data-wave')))[0]!;
    const [cx, cy] = dotCentre(last);
    const [lx, ly] = translate(label);
    const [dx] = translate(label.parentElement);
    if (Math.abs(lx - cx) > TOLERANCE) problems.push(`${name}: label at x ${lx}, its last point at x ${cx}`);
    if (Math.abs(ly - cy) > LEADER_MIN_PX) {
      const leader = leaders.find((path) => path.getAttribute('data-series') === name);
      const ends = /^M([-\d.e]+),([-\d.e]+)L([-\d.e]+),([-\d.e]+)$/.exec(leader?.getAttribute('d') ?? '');
      if (!ends) problems.push(`${name}: label moved from y ${cy} to ${ly} without a leader line`);
      else {
        const [x1, y1, x2, y2] = ends.slice(1).map(Number) as [number, number, number, number];
        if (Math.abs(y1 - cy) > TOLERANCE || x1 < cx || x1 > cx + 8) problems.push(`${name}: leader starts at ${x1},${y1}, not at its point ${cx},${cy}`);
        if (Math.abs(y2 - ly) > TOLERANCE || x2 > lx + dx || x2 < cx) problems.push(`${name}: leader ends at ${x2},${y2}, not at its label ${lx + dx},${ly}`);
      }
    }
    const stroke = last.getAttribute('stroke') ?? '';
    if (label.getAttribute('fill') !== textColour(stroke)) problems.push(`${name}: label in ${label.getAttribute('fill') ?? 'no colour'}, its line in ${stroke}`);
  }
  if (labels.length !== series.length) problems.push(`${labels.length} labels for ${series.length} series`);
  return problems;
}
