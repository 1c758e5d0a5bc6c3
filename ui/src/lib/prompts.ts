// Gentle questions for the daily entry: one a day, the same all day, written for a person
// working on the pursue–withdraw cycle. Shown under the text box, never put into the entry.

export const PROMPTS = [
  'What did I need today, and did I ask for it?',
  'When did I feel close to my partner today?',
  'What did I do differently from how the cycle usually goes?',
  'What set me off today, and what did I feel underneath it?',
  'What helped me calm down today?',
  'What would I like my partner to know about today?',
  'What went a little better than last time?',
];

/** The question for a day (YYYY-MM-DD): each calendar day the next one. */
export function promptFor(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const days = Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
  return PROMPTS[((days % PROMPTS.length) + PROMPTS.length) % PROMPTS.length];
}
