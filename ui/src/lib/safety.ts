// Whether to show the safety note: when what the user writes speaks of fear, threats or
// harm, or they rate their safety very low. A calm pointer to help, never a diagnosis.

const WORDS = [
  'afraid',
  'scared',
  'terrified',
  'frightened',
  'fear for',
  'threat',
  'threaten',
  'hit me',
  'hits me',
  'hurt me',
  'hurts me',
  'harm',
  'unsafe',
  'not safe',
  'violent',
  'violence',
  'abuse',
  'choke',
  'choked',
  'strangle',
  'weapon',
  'kill',
  'pushed me',
  'shoved me',
];

/** True when any text mentions fear, threats or harm, or safety is rated 0–2. */
export function needsSafetyNote(texts: string[], safety: number | null = null): boolean {
  if (safety !== null && safety <= 2) return true;
  const all = texts.join(' \n ').toLowerCase();
  return WORDS.some((w) => all.includes(w));
}
