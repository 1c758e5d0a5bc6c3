// The pause that is running, if any: shared by the pause screen, the banner on every other
// screen and the switch to "Did you come back to each other?" when the time comes. The shell
// keeps the pause itself (it outlives a lock, a reload and a closed window, and it rings at
// its time); this is the page's copy, read again after every reload.
import type { RunningPause as Kept } from '../api/bindings';
import { locale, t } from './i18n.svelte';

export type RunningPause = {
  /** The episode it is logged as; null while it was started locked (logged at unlock). */
  episodeId: string | null;
  due: number;
  line: string;
  who: 'me' | 'partner';
  minutes: number;
};

class PauseState {
  running = $state<RunningPause | null>(null);
  now = $state(Date.now());

  /** Whole seconds left; 0 once the time has come. */
  get secondsLeft(): number {
    return this.running ? Math.max(0, Math.ceil((this.running.due - this.now) / 1000)) : 0;
  }

  get isDue(): boolean {
    return this.running !== null && this.now >= this.running.due;
  }

  /** Takes the shell's pause (after a start, a snooze, an early end or a reload); the line
   *  is kept unless a new one is given. */
  set(p: Kept | null, line?: string) {
    this.running = p
      ? {
          episodeId: p.episode_id,
          due: Date.parse(p.ask_at),
          who: p.who,
          minutes: p.minutes,
          line: line ?? this.running?.line ?? '',
        }
      : null;
    this.now = Date.now();
  }

  stop() {
    this.running = null;
  }

  tick() {
    this.now = Date.now();
  }
}

export const pause = new PauseState();

/** `12:05` for a count of seconds. */
export function mmss(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

/** `20:35` for a moment, on this computer's clock, always on the 24-hour clock; the
 *  formatter is made at each call so a change of language is picked up. */
export function clockOf(ms: number): string {
  return new Intl.DateTimeFormat(locale(), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);
}

/** One calming idea at a time (their message ids); the breathing one is drawn on screen. */
export const IDEAS = [
  'pause-idea-breathe',
  'pause-idea-rehearse',
  'pause-idea-hands',
  'pause-idea-outside',
  'pause-idea-senses',
  'pause-idea-body',
];

/** The words of idea `i` in the current language. */
export function ideaAt(i: number): string {
  return t(IDEAS[i % IDEAS.length]);
}
