// Behaviour and response codes: the user's own words become a code like the catalogue's.
import { has, t } from './i18n.svelte';

/** "Went for a walk!" → "went_for_a_walk"; empty when nothing usable is left. */
export function toCode(words: string): string {
  return words
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 64);
}

/** Words for a user's own code. */
export function codeWords(code: string): string {
  const s = code.replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The words for a catalogue code in the current language (`code-<code>` in the
 *  catalogues), or the user's own code as words. */
export function codeLabel(code: string): string {
  return has(`code-${code}`) ? t(`code-${code}`) : codeWords(code);
}
