import { describe, expect, it } from 'vitest';
import { FluentResource } from '@fluent/bundle';
import { languages, messageIds, setLanguage, t, tIn, number } from './i18n.svelte';

const files = import.meta.glob('../../../locales/*/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** Each message's variables ($name), by language and id, read from the catalogues' text. */
function variables(code: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [path, text] of Object.entries(files)) {
    if (path.split('/').at(-2) !== code) continue;
    for (const entry of new FluentResource(text).body) {
      const id = String(entry.id);
      if (id.startsWith('-')) continue;
      const src = JSON.stringify(entry);
      const vars = [...src.matchAll(/"type":"var","name":"([a-z_]+)"/g)].map((m) => m[1]);
      out.set(id, [...new Set(vars)].sort());
    }
  }
  return out;
}

describe('the catalogues', () => {
  it('speak at least English, Spanish and German', () => {
    expect(languages.slice(0, 1)).toEqual(['en']);
    expect(languages).toEqual(expect.arrayContaining(['es', 'de']));
  });

  it('hold every message in every language, and no message twice', () => {
    const en = messageIds('en');
    expect(new Set(en).size).toBe(en.length);
    for (const code of languages) {
      const ids = messageIds(code);
      expect(new Set(ids).size, `${code}: an id twice`).toBe(ids.length);
      expect([...ids].sort(), `${code} differs from en`).toEqual([...en].sort());
    }
  });

  it('use the same variables in every language', () => {
    const en = variables('en');
    for (const code of languages) {
      const vars = variables(code);
      for (const [id, names] of en) expect(vars.get(id), `${code}: ${id}`).toEqual(names);
    }
  });

  it('format in the chosen language, with English as the fallback for an unknown one', () => {
    setLanguage('de');
    expect(t('unlock-button')).toBe('Entsperren');
    expect(number(1.5, 1)).toBe('1,5');
    setLanguage('xx');
    expect(t('unlock-button')).toBe('Unlock');
    expect(tIn('es', 'unlock-button')).toBe('Desbloquear');
    setLanguage('en');
  });
});
