// Screens with unsaved typing register a flush here, so locking or leaving the screen saves
// it first: no keystroke is lost.

const flushers = new Set<() => Promise<void>>();

export function onFlush(fn: () => Promise<void>): () => void {
  flushers.add(fn);
  return () => flushers.delete(fn);
}

export async function flushAll(): Promise<void> {
  await Promise.all([...flushers].map((f) => f().catch(() => undefined)));
}
