// The rule for a new passphrase, as the core applies it (Passphrase::check_new): at least
// eight characters, counted as a person counts them (one per letter, whatever its bytes).
import { t } from './i18n.svelte';

export const MIN_PASSPHRASE_CHARS = 8;

/** Why a new passphrase cannot be used yet, in plain words; null when it can. */
export function newPassphraseProblem(p: string): string | null {
  if (p.length === 0) return t('firstrun-passphrase-empty');
  if ([...p].length < MIN_PASSPHRASE_CHARS) return t('firstrun-passphrase-short', { min: MIN_PASSPHRASE_CHARS });
  return null;
}
