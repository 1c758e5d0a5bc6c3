import { describe, expect, it } from 'vitest';
import { DAY, MAX_SPAN, MIN_SPAN, inView, pan, reveal, shortDuration, trendSegment, weeklyStack, zoom, countScale } from './chart';
import type { Mark, WeekFigures } from '../api';

const mark = (t: number): Mark => ({
  id: String(t),
  at: '',
  t,
  kind: 'pursuit',
  actor: 'me',
  intensity: null,
  reconnected_t: null,
  trigger: '',
  for_therapy: false,
});

describe('timeline window', () => {
  const marks = [10, 20, 20, 30, 40].map(mark);

  it('finds the marks in view, ends included', () => {
    expect(inView(marks, [20, 30])).toEqual([1, 4]);
    expect(inView(marks, [41, 50])).toEqual([5, 5]);
    expect(inView(marks, [0, 9])).toEqual([0, 0]);
  });

  it('zooms around the anchor and keeps it in place', () => {
    const d = zoom([0, 30 * DAY], 0.5, 10 * DAY);
    expect(d[1] - d[0]).toBe(15 * DAY);
    // The anchor was a third of the way across and still is.
    expect((10 * DAY - d[0]) / (d[1] - d[0])).toBeCloseTo(1 / 3);
  });

  it('never zooms narrower than a week or wider than a year', () => {
    const narrow = zoom([0, 8 * DAY], 0.1);
    expect(narrow[1] - narrow[0]).toBe(MIN_SPAN);
    const wide = zoom([0, 300 * DAY], 10);
    expect(wide[1] - wide[0]).toBe(MAX_SPAN);
  });

  it('pans by a fraction of the width', () => {
    expect(pan([100, 200], -0.25)).toEqual([75, 175]);
  });

  it('reveals a mark off screen and leaves the window alone otherwise', () => {
    expect(reveal([0, 1000], 500)).toEqual([0, 1000]);
    const later = reveal([0, 1000], 1500);
    expect(later[1] - later[0]).toBe(1000);
    expect(later[1]).toBeGreaterThan(1500);
  });
});

describe('insight charts', () => {
  const week = (monday: string, pp: number, pm: number, sm: number, sp: number): WeekFigures => ({
    week: '',
    monday,
    totals: { pull_away: { me: pm, partner: pp }, pursuit: { me: sm, partner: sp } },
    mean_intensity: null,
    reconnection_median_minutes: null,
    checkins: 0,
    checkins_yes: 0,
    practice_used: 0,
  });

  it('stacks the four series in order, each on top of the last', () => {
    const s = weeklyStack([week('2026-11-02', 1, 2, 3, 4)]);
    expect(s.map((layer) => layer.key)).toEqual(['pull_partner', 'pull_me', 'pursuit_me', 'pursuit_partner']);
    expect(s.map((layer) => [layer[0][0], layer[0][1]])).toEqual([
      [0, 1],
      [1, 3],
      [3, 6],
      [6, 10],
    ]);
  });

  it('gives a quiet journal a count scale of at least 0–4', () => {
    expect(countScale(1, 100).domain()).toEqual([0, 4]);
    expect(countScale(9, 100).domain()[1]).toBeGreaterThanOrEqual(9);
  });

  it('draws the trend through the centre of the points with the engine slope', () => {
    const pts = [
      { t: 0, y: 4 },
      { t: 14 * DAY, y: 6 },
    ];
    const seg = trendSegment(pts, -1);
    expect(seg).not.toBeNull();
    // Centre (7 days, 5); one point less per week.
    expect(seg!.y0).toBeCloseTo(6);
    expect(seg!.y1).toBeCloseTo(4);
    expect(trendSegment(pts.slice(0, 1), -1)).toBeNull();
    expect(trendSegment(pts, null)).toBeNull();
  });

  it('says durations briefly', () => {
    expect(shortDuration(45)).toBe('45 min');
    expect(shortDuration(180)).toBe('3 h');
    expect(shortDuration(90)).toBe('1.5 h');
    expect(shortDuration(72 * 60)).toBe('3 d');
  });
});
