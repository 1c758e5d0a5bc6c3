// Gentle questions for the daily entry: one a day, the same all day, written for a person
// working on the pursue–withdraw cycle. Shown under the text box, never put into the entry.
// The words are in the catalogues (prompts.ftl); here only their order.
import { t } from './i18n.svelte';

/** The questions' message ids, in the order the days go through them. */
export const PROMPT_IDS = [
  'prompt-needed',
  'prompt-close',
  'prompt-differently',
  'prompt-set-off',
  'prompt-calm-down',
  'prompt-partner-know',
  'prompt-better',
] as const;

/** The questions in the current language: a live view of the catalogue, read anew each time
 *  (a language change shows in the next read). */
export const PROMPTS: readonly string[] = new Proxy([...PROMPT_IDS] as string[], {
  get(ids, key, receiver) {
    if (typeof key === 'string' && /^\d+$/.test(key) && Number(key) < ids.length) return t(ids[Number(key)]);
    return Reflect.get(ids, key, receiver);
  },
});

/** The question for a day (YYYY-MM-DD), in the current language: each calendar day the next one. */
export function promptFor(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const days = Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
  const n = PROMPT_IDS.length;
  return t(PROMPT_IDS[((days % n) + n) % n]);
}
