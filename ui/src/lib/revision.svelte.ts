// Screens reload when the journal changed under them (the command line wrote meanwhile):
// Main bumps a revision number, and each screen reacts to it here, skipping the first run,
// which is the screen's own initial load.
import { untrack } from 'svelte';

export function onRevision(revision: () => number, reload: () => void): void {
  let first = true;
  $effect(() => {
    revision();
    if (first) {
      first = false;
      return;
    }
    untrack(reload);
  });
}
