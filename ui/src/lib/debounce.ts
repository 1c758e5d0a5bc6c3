// Runs the latest call after a pause; `flush` runs a pending call at once (before lock or
// leaving a screen), so no keystroke is lost; `cancel` drops a pending call that something
// else has already covered.

export type Debounced<A extends unknown[]> = {
  (...args: A): void;
  flush: () => Promise<void>;
  cancel: () => void;
  pending: () => boolean;
};

export function debounce<A extends unknown[]>(fn: (...args: A) => Promise<void> | void, ms: number): Debounced<A> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last: A | null = null;
  const run = async () => {
    timer = null;
    const args = last;
    last = null;
    if (args) await fn(...args);
  };
  const d = ((...args: A) => {
    last = args;
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, ms);
  }) as Debounced<A>;
  d.flush = async () => {
    if (timer) clearTimeout(timer);
    await run();
  };
  d.cancel = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    last = null;
  };
  d.pending = () => last !== null;
  return d;
}
