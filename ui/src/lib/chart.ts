// The data transforms behind the Timeline and Insights charts. Figures come from the core's
// pattern engine; this only places them: scales and ticks from d3, what is in view, how a
// zoom or pan step moves the window. Pure functions, unit-tested in chart.test.ts.
import { bisector, max } from 'd3-array';
import { scaleLinear, scaleSqrt, scaleTime, scaleSequential } from 'd3-scale';
import { stack } from 'd3-shape';
import { timeDay } from 'd3-time';
import type { Mark, WeekFigures } from '../api';
import { number, t } from './i18n.svelte';

export const DAY = 86_400_000;
/** The narrowest and widest views of the timeline. */
export const MIN_SPAN = 7 * DAY;
export const MAX_SPAN = 366 * DAY;

export type Domain = [number, number];

/** Marks (sorted by `t`) that fall in the domain, as an index range [lo, hi). */
export function inView(marks: Mark[], [t0, t1]: Domain): [number, number] {
  const by = bisector((m: Mark) => m.t);
  return [by.left(marks, t0), by.right(marks, t1)];
}

/** Zooms by `factor` (< 1 in, > 1 out) keeping `anchor` where it is on screen; the span
 * stays between a week and a year. */
export function zoom([t0, t1]: Domain, factor: number, anchor = (t0 + t1) / 2): Domain {
  const span = Math.min(MAX_SPAN, Math.max(MIN_SPAN, (t1 - t0) * factor));
  const at = (anchor - t0) / (t1 - t0);
  const start = anchor - span * at;
  return [start, start + span];
}

/** Moves the window by a fraction of its width (negative: earlier). */
export function pan([t0, t1]: Domain, fraction: number): Domain {
  const d = (t1 - t0) * fraction;
  return [t0 + d, t1 + d];
}

/** A window of `span` ms that ends just after `end` (the newest record, or now). */
export function windowEnding(end: number, span: number): Domain {
  const stop = timeDay.ceil(new Date(end + 1)).getTime();
  return [stop - span, stop];
}

/** Moves the window just enough to show `t`, with a little margin. */
export function reveal([t0, t1]: Domain, t: number): Domain {
  const margin = (t1 - t0) * 0.05;
  if (t < t0 + margin) return [t - margin, t - margin + (t1 - t0)];
  if (t > t1 - margin) return [t + margin - (t1 - t0), t + margin];
  return [t0, t1];
}

export function timeScale(domain: Domain, width: number) {
  return scaleTime().domain(domain).range([0, width]);
}

/** A mark's radius: larger for a stronger episode; unknown intensity draws the smallest. */
export const radius = scaleSqrt().domain([0, 10]).range([3, 9]).clamp(true);

/** The four series of the weekly chart, stacked: partner's pull-aways at the bottom. */
export const SERIES = ['pull_partner', 'pull_me', 'pursuit_me', 'pursuit_partner'] as const;
export type Series = (typeof SERIES)[number];

export function weeklyStack(weeks: WeekFigures[]) {
  const rows = weeks.map((w) => ({
    monday: w.monday,
    pull_partner: w.totals.pull_away.partner,
    pull_me: w.totals.pull_away.me,
    pursuit_me: w.totals.pursuit.me,
    pursuit_partner: w.totals.pursuit.partner,
  }));
  return stack<(typeof rows)[number], Series>().keys(SERIES)(rows);
}

/** The y scale of a count chart: at least 0–4 so a quiet week is not drawn as a wall. */
export function countScale(highest: number, height: number) {
  return scaleLinear().domain([0, Math.max(4, highest)]).nice().range([height, 0]);
}

export function highestWeek(weeks: WeekFigures[]): number {
  return (
    max(weeks, (w) => w.totals.pull_away.me + w.totals.pull_away.partner + w.totals.pursuit.me + w.totals.pursuit.partner) ?? 0
  );
}

/** The heatmap's shading: 0 is the background, the busiest cell the strongest. */
export function heatShade(heatmap: number[][]) {
  const top = max(heatmap.flat()) ?? 0;
  return scaleSequential([0, Math.max(1, top)], (x) => `color-mix(in srgb, var(--accent) ${Math.round(x * 100)}%, var(--surface))`);
}

/** A least-squares trend line drawn through the centre of the plotted points with the
 * engine's slope (points per week); null when there is nothing to draw. */
export function trendSegment(
  points: { t: number; y: number }[],
  slopePerWeek: number | null,
): { t0: number; y0: number; t1: number; y1: number } | null {
  if (points.length < 2 || slopePerWeek === null) return null;
  const mt = points.reduce((a, p) => a + p.t, 0) / points.length;
  const my = points.reduce((a, p) => a + p.y, 0) / points.length;
  const perMs = slopePerWeek / (7 * DAY);
  const t0 = points[0].t;
  const t1 = points[points.length - 1].t;
  return { t0, y0: my + (t0 - mt) * perMs, t1, y1: my + (t1 - mt) * perMs };
}

/** Minutes as a short duration for axis labels and summaries, in the app's language:
 * "45 min", "3 h", "1.5 h", "2 d" (German "1,5 h"). */
export function shortDuration(minutes: number): string {
  if (minutes < 60) return t('insights-duration-minutes', { minutes: number(Math.round(minutes)) });
  if (minutes < 48 * 60) return t('insights-duration-hours', { hours: shortNumber(Math.round(minutes / 6) / 10) });
  return t('insights-duration-days', { days: shortNumber(Math.round(minutes / 144) / 10) });
}

/** A number with at most the decimals it has (up to two): "3", "1.5", "0.25". */
export function shortNumber(n: number): string {
  const decimals = Number.isInteger(n) ? 0 : Math.min(2, String(n).split('.')[1]?.length ?? 0);
  return number(n, decimals);
}
