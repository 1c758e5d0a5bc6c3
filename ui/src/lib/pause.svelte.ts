// The pause that is running, if any: shared by the pause screen, the banner on every other
// screen and the switch to "Did you come back to each other?" when the time comes. It holds
// only the episode's id and times, never words; the page is reloaded on lock, and the
// episode itself (with its promised return) is already in the journal.

export type RunningPause = { episodeId: string; due: number; line: string; who: 'me' | 'partner' };

export const SNOOZE_MINUTES = 10;

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

  start(p: RunningPause) {
    this.running = p;
    this.now = Date.now();
  }

  /** "Not yet": ask again in ten minutes. */
  snooze() {
    if (this.running) this.running = { ...this.running, due: Date.now() + SNOOZE_MINUTES * 60_000 };
    this.now = Date.now();
  }

  /** "End it now": the time has come early. */
  endNow() {
    if (this.running) this.running = { ...this.running, due: Date.now() };
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
