import { locale } from './i18n.svelte';

// Dates and times as Ebb stores them: calendar dates as YYYY-MM-DD in the user's local
// calendar, moments as RFC 3339 with the UTC offset they were lived in.

const pad = (n: number) => String(n).padStart(2, '0');

/** Today's local date, YYYY-MM-DD. */
export function today(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The offset of a local moment as ±HH:MM. */
export function offsetOf(d: Date): string {
  const minutes = -d.getTimezoneOffset();
  const sign = minutes >= 0 ? '+' : '-';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** A local moment as RFC 3339 with its offset, to the second. */
export function toRfc3339(d: Date): string {
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` +
    `T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}${offsetOf(d)}`
  );
}

/** The value for an `<input type="datetime-local">` from a stored moment, as it was lived. */
export function toLocalInput(rfc3339: string): string {
  return rfc3339.slice(0, 16);
}

/** A stored moment from an `<input type="datetime-local">` value, in today's local offset. */
export function fromLocalInput(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const d = new Date(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], 0);
  return Number.isNaN(d.getTime()) ? null : toRfc3339(d);
}

/** "Monday, 23 November 2026" for a YYYY-MM-DD date, in the app's language ("Montag,
 *  23. November 2026"). Other forms of a day pass their own `Intl` options. */
export function formatDay(date: string, options?: Intl.DateTimeFormatOptions): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(), {
    ...(options ?? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** A moment (a Date) as the app's language writes a date and time ("3 Dec 2026, 14:05"). */
export function formatMoment(d: Date): string {
  return d.toLocaleString(locale(), { dateStyle: 'medium', timeStyle: 'short' });
}

/** The local time an episode was lived at, "21:15", read from its own offset. */
export function timeOf(rfc3339: string): string {
  return rfc3339.slice(11, 16);
}

/** The local date part of a stored moment. */
export function dateOf(rfc3339: string): string {
  return rfc3339.slice(0, 10);
}

/** Adds days to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** The local date that starts a range of `days` days ending today (today included). */
export function daysBefore(days: number, now: Date = new Date()): string {
  return addDays(today(now), -(days - 1));
}
