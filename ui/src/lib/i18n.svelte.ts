// Ebb's words in the person's language (SPEC §11), through Project Fluent.
//
// Every language is a folder of catalogues in `locales/` at the top of the repository, the
// same files the Rust core reads for the report and the command line. A new folder there is
// a new language here: nothing else to list. Plurals and number forms come from the
// library and `Intl`, never from joining strings.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';

const files = import.meta.glob('../../../locales/*/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** The catalogues' sources, by language code (the folder's name). */
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- filled once at load, never reactive
const sources = new Map<string, string[]>();
for (const [path, text] of Object.entries(files)) {
  const code = path.split('/').at(-2) ?? '';
  sources.set(code, [...(sources.get(code) ?? []), text]);
}

// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a cache; the language itself is the reactive state
const bundles = new Map<string, FluentBundle>();

function bundleOf(code: string): FluentBundle {
  let b = bundles.get(code);
  if (!b) {
    // No Unicode isolation marks: every language here is written left to right, and the
    // marks would show in copied text and in tests.
    b = new FluentBundle(code, { useIsolating: false });
    for (const text of sources.get(code) ?? []) {
      const errors = b.addResource(new FluentResource(text));
      if (errors.length) throw new Error(`locales/${code}: ${errors[0].message}`);
    }
    bundles.set(code, b);
  }
  return b;
}

/** The languages Ebb speaks, English first, then by code. */
export const languages: string[] = [...sources.keys()].sort((a, b) =>
  a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b),
);

let current = $state('en');

/** The language the screens speak now (a code such as `de`). */
export function language(): string {
  return current;
}

/** The locale `Intl` writes dates and numbers with, from the catalogue's `language-locale`
 *  (`en-GB`: English days come first, as in the report the core writes). */
export function locale(): string {
  return tIn(current, 'language-locale').replace('_', '-');
}

/** Speak `code` from now on; an unknown one falls back to English. */
export function setLanguage(code: string | null | undefined): void {
  const next = code && sources.has(code) ? code : 'en';
  current = next;
  if (typeof document !== 'undefined') document.documentElement.lang = next;
}

/** The message `id` in the current language, with its variables filled in. A message
 *  missing from a catalogue falls back to English (a test keeps the catalogues equal). */
export function t(id: string, args?: Record<string, FluentVariable>): string {
  return tIn(current, id, args);
}

/** The message `id` in a given language (a report printed in another language). */
export function tIn(code: string, id: string, args?: Record<string, FluentVariable>): string {
  for (const b of [bundleOf(code), bundleOf('en')]) {
    const m = b.getMessage(id);
    if (m?.value) return b.formatPattern(m.value, args);
  }
  return id;
}

/** Whether a message exists (for optional words, such as a catalogue code's label). */
export function has(id: string): boolean {
  return Boolean(bundleOf(current).getMessage(id)?.value ?? bundleOf('en').getMessage(id)?.value);
}

/** Every message id of one language's catalogues, for the test that keeps them equal. */
export function messageIds(code: string): string[] {
  const ids: string[] = [];
  for (const text of sources.get(code) ?? []) {
    for (const entry of new FluentResource(text).body) {
      if ('id' in entry && !String(entry.id).startsWith('-')) ids.push(String(entry.id));
    }
  }
  return ids;
}

/** A language's own name for itself ("Deutsch"), for the language menu. */
export function languageName(code: string): string {
  return tIn(code, 'language-name');
}

/** A number as the current language writes it (1,5 in German). */
export function number(n: number, fractionDigits = 0): string {
  return new Intl.NumberFormat(locale(), {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(n);
}
