// Whether to show the safety note: when what the user writes speaks of fear, threats or
// harm, or they rate their safety very low. A calm pointer to help, never a diagnosis.
// The words are in the catalogues (`safety-words` in safety.ftl), one list per language;
// every language's list is looked for, since people write in their own language whatever
// the app speaks.
import { languages, tIn } from './i18n.svelte';

const fold = (s: string) => s.normalize('NFC').toLowerCase();

let words: string[] | null = null;

/** The words of every language, read once. */
function allWords(): string[] {
  words ??= [
    ...new Set(
      languages.flatMap((code) =>
        tIn(code, 'safety-words')
          .split(/[,\n]/)
          .map((w) => fold(w.trim()))
          .filter(Boolean),
      ),
    ),
  ];
  return words;
}

/** True when any text mentions fear, threats or harm, or safety is rated 0–2. */
export function needsSafetyNote(texts: string[], safety: number | null = null): boolean {
  if (safety !== null && safety <= 2) return true;
  const all = fold(texts.join(' \n '));
  return allWords().some((w) => all.includes(w));
}
