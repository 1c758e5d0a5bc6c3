import { describe, expect, it, vi } from 'vitest';
import { addDays, daysBefore, fromLocalInput, offsetOf, timeOf, toLocalInput, toRfc3339, today } from './dates';
import { needsSafetyNote } from './safety';
import { codeWords, toCode } from './codes';
import { debounce } from './debounce';
import { strength } from './strength';
import { headline } from './words';

describe('dates', () => {
  it('starts a range of n days so that it ends today, across a month and a year', () => {
    const now = new Date(2027, 0, 3, 23, 30);
    expect(daysBefore(1, now)).toBe('2027-01-03');
    expect(daysBefore(28, now)).toBe('2026-12-07');
    expect(daysBefore(365, now)).toBe('2026-01-04');
  });

  it('writes local moments as RFC 3339 with their offset', () => {
    const d = new Date(2026, 10, 22, 21, 15, 7);
    const s = toRfc3339(d);
    expect(s.startsWith('2026-11-22T21:15:07')).toBe(true);
    expect(s.endsWith(offsetOf(d))).toBe(true);
    expect(s).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
  });
  it('round-trips the datetime-local input', () => {
    const v = '2026-11-22T21:15';
    expect(toLocalInput(fromLocalInput(v)!)).toBe(v);
    expect(fromLocalInput('not a time')).toBeNull();
  });
  it('reads an episode time in its own offset', () => {
    expect(timeOf('2026-11-22T21:15:00-05:00')).toBe('21:15');
  });
  it('adds days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(today(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});

describe('safety note', () => {
  it('shows for fear, threats or harm, and for very low safety', () => {
    expect(needsSafetyNote(['I was scared of what he might do'])).toBe(true);
    expect(needsSafetyNote(['She THREATENED to leave and take the car'])).toBe(true);
    expect(needsSafetyNote(['a calm evening'], 1)).toBe(true);
    expect(needsSafetyNote(['a calm evening'], 7)).toBe(false);
    expect(needsSafetyNote([''])).toBe(false);
  });
});

describe('codes', () => {
  it("turns a user's words into a valid code and back", () => {
    expect(toCode('Went for a walk!')).toBe('went_for_a_walk');
    expect(toCode('Café  time')).toBe('cafe_time');
    expect(toCode('!!!')).toBe('');
    expect(toCode('x'.repeat(100)).length).toBe(64);
    expect(codeWords('went_for_a_walk')).toBe('Went for a walk');
  });
});

describe('debounce', () => {
  it('runs the last call once, and flush runs it at once', async () => {
    vi.useFakeTimers();
    const seen: number[] = [];
    const d = debounce((n: number) => void seen.push(n), 100);
    d(1);
    d(2);
    expect(d.pending()).toBe(true);
    await vi.advanceTimersByTimeAsync(150);
    expect(seen).toEqual([2]);
    d(3);
    await d.flush();
    expect(seen).toEqual([2, 3]);
    expect(d.pending()).toBe(false);
    vi.useRealTimers();
  });
});

describe('words', () => {
  it('names what happened without blame', () => {
    expect(headline('pull_away', 'partner', 'Sam')).toBe('Sam pulled away');
    expect(headline('pursuit', 'me', 'Sam')).toBe('I pursued');
    expect(strength('').score).toBe(0);
    expect(strength('abc').score).toBe(1);
    expect(strength('four quiet rivers at dawn').score).toBe(3);
  });
});
