// A gentle passphrase-strength hint: length matters most; nothing here is stored.
import { t } from './i18n.svelte';

export type Strength = { score: 0 | 1 | 2 | 3; words: string };

export function strength(p: string): Strength {
  if (p.length === 0) return { score: 0, words: '' };
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(p)).length;
  const spaces = (p.match(/\s+/g) ?? []).length;
  const bits = p.length * (classes >= 3 ? 5 : 4) + spaces * 6;
  if (p.length < 8 || bits < 40) return { score: 1, words: t('firstrun-strength-weak') };
  if (bits < 70) return { score: 2, words: t('firstrun-strength-fair') };
  return { score: 3, words: t('firstrun-strength-strong') };
}
