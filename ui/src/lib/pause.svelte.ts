// The pause that is running, if any: shared by the pause screen, the banner on every other
// screen and the switch to "Did you come back to each other?" when the time comes. The shell
// keeps the pause itself (it outlives a lock, a reload and a closed window, and it rings at
// its time); this is the page's copy, read again after every reload.
import type { RunningPause as Kept } from '../api/bindings';

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

/** `20:35` for a moment, on this computer's clock. */
const clockFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

export function clockOf(ms: number): string {
  return clockFormat.format(ms);
}

/** One calming idea at a time; the breathing one is drawn on screen. */
export const IDEAS = [
  'Breathe with the circle: in as it grows, out as it shrinks.',
  "Try not to rehearse the argument. If it comes back, notice it and let it go.",
  'Do something ordinary with your hands: make tea, water a plant, fold something.',
  'Step outside or to a window for a few minutes and look at something far away.',
  'Name five things you can see, four you can hear, three you can touch.',
  'Your body is calming down even when it does not feel like it yet.',
];
