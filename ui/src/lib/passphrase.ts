// The rule for a new passphrase, as the core applies it (Passphrase::check_new): at least
// eight characters, counted as a person counts them (one per letter, whatever its bytes).

export const MIN_PASSPHRASE_CHARS = 8;

/** Why a new passphrase cannot be used yet, in plain words; null when it can. */
export function newPassphraseProblem(p: string): string | null {
  if (p.length === 0) return 'Please choose a passphrase.';
  if ([...p].length < MIN_PASSPHRASE_CHARS)
    return `Please choose at least ${MIN_PASSPHRASE_CHARS} characters. A few words together work well and are easy to remember.`;
  return null;
}
