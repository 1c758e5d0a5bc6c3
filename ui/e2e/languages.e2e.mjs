// End-to-end: Ebb in every language it speaks besides English (SPEC §11), in the real app at
// 800×600. For each language: the system says that language (LANG), the journal holds a little
// of everything, and every screen is visited. On each screen: no English word is left in what
// a person sees or hears (text, labels, placeholders, titles), axe finds nothing serious, and
// no word runs out of its box. Then Settings → Language switches the whole app to another.
// EBB_SCREENSHOTS=DIR saves every screen of every language there, to be looked at.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { axe, cliOn, el, launch, localDay, shot, waitText } from './harness.mjs';

const LOCALES = new URL('../../locales/', import.meta.url).pathname;
const PASS = 'four quiet rivers at dawn';

/** One language's catalogue: the bundle, and every word its messages hold. */
function catalogue(code) {
  const bundle = new FluentBundle(code, { useIsolating: false });
  const words = new Set();
  for (const f of readdirSync(join(LOCALES, code)).filter((f) => f.endsWith('.ftl'))) {
    const text = readFileSync(join(LOCALES, code, f), 'utf8');
    bundle.addResource(new FluentResource(text));
    // Words of the messages only: not the comments, not the ids or variable names.
    for (const line of text.split('\n')) {
      if (line.startsWith('#')) continue;
      const value = line.replace(/^[a-z][a-z0-9-]* =/, '').replace(/\{[^}]*\}/g, ' ');
      for (const w of value.toLowerCase().match(/\p{L}+/gu) ?? []) words.add(w);
    }
  }
  const t = (id, args) => {
    const m = bundle.getMessage(id);
    assert.ok(m?.value, `${code}: no message ${id}`);
    return bundle.formatPattern(m.value, args);
  };
  return { t, words };
}

const en = catalogue('en');
// EBB_LANGS=de tries one language only (while fixing a screen).
const only = process.env.EBB_LANGS?.split(',');
const codes = readdirSync(LOCALES).filter((c) => (only ? only.includes(c) : c !== 'en') && readdirSync(join(LOCALES, c)).length > 0);
const GLIBC = (code) => catalogue(code).t('language-locale');

/** Words of the English catalogue that the other language never uses: any of them on a screen
 *  is a word left untranslated. Short words are left out (names of keys, "OK"-like words the
 *  two languages share by accident are already removed by the subtraction). */
function englishOnly(other) {
  const out = new Set();
  for (const w of en.words) if (w.length >= 3 && !other.words.has(w)) out.add(w);
  return out;
}

/** What the page shows or says: its text, and every label, title, placeholder and alt. */
async function visibleWords(b) {
  return b.execute(() => {
    const parts = [document.body.innerText, document.title];
    for (const e of document.querySelectorAll('[aria-label],[title],[placeholder],[alt],option,[aria-valuetext]')) {
      for (const a of ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext']) parts.push(e.getAttribute(a) ?? '');
      if (e.tagName === 'OPTION') parts.push(e.textContent ?? '');
    }
    for (const id of new Set([...document.querySelectorAll('[aria-labelledby],[aria-describedby]')].flatMap((e) => [
      ...(e.getAttribute('aria-labelledby') ?? '').split(' '),
      ...(e.getAttribute('aria-describedby') ?? '').split(' '),
    ]))) parts.push(document.getElementById(id)?.textContent ?? '');
    return parts.join('\n');
  });
}

/** Buttons, links, labels and headings whose words do not fit their box, and whether the page
 *  scrolls sideways: longer words must not break the layout. */
async function overflow(b) {
  return b.execute(() => {
    const bad = [];
    if (document.scrollingElement.scrollWidth > window.innerWidth + 1) {
      // Name the widest things, so the failure says what to fix.
      const wide = [...document.querySelectorAll('main *, nav *')]
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && e.children.length === 0)
        .slice(0, 3)
        .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${(e.textContent ?? '').trim().slice(0, 30)}`);
      bad.push(`page: ${document.scrollingElement.scrollWidth}px wide (${wide.join('; ')})`);
    }
    for (const e of document.querySelectorAll('button, a, label, h1, h2, h3, legend, th, nav li, .tab')) {
      const r = e.getBoundingClientRect();
      if (r.width === 0 || getComputedStyle(e).visibility === 'hidden') continue;
      if (e.closest('[role="application"], svg, .sr-only')) continue;
      if (e.scrollWidth > e.clientWidth + 2 && getComputedStyle(e).overflowX !== 'visible') bad.push(`${e.tagName.toLowerCase()}: ${e.textContent.trim().slice(0, 40)}`);
      if (r.right > window.innerWidth + 1) bad.push(`${e.tagName.toLowerCase()} off the right edge: ${e.textContent.trim().slice(0, 40)}`);
    }
    return bad;
  });
}

/** Opens a screen from the sidebar, by its name in the language on screen, and waits for it. */
async function go(b, lang, screen) {
  const label = lang.t(`shell-nav-${screen}`);
  const button = await el(b, `//nav//button[normalize-space()="${label}"]`);
  await button.click();
  await b.waitUntil(async () => (await button.getAttribute('aria-current')) === 'page', { timeout: 10000 });
  // The screen's records arrive from the core a moment later.
  await b.pause(1000);
}

/** The checks every screen gets. */
async function check(b, code, screen, english, names, hide = []) {
  // The journal's path and the recovery key are the person's, not words of Ebb's.
  await shot(b, `${code}-${screen}`);
  let text = await visibleWords(b);
  for (const h of hide) text = text.split(h).join(' ');
  const left = [...new Set((text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => english.has(w) && !names.has(w)))];
  assert.deepEqual(left, [], `${code} ${screen}: English words left: ${left.join(', ')}\n${text.replace(/\s+/g, ' ').slice(0, 1500)}`);
  const v = await axe(b);
  assert.deepEqual(v, [], `${code} ${screen}: axe found ${JSON.stringify(v, null, 1)}`);
  assert.deepEqual(await overflow(b), [], `${code} ${screen}: words out of their box at 800×600`);
}

for (const code of codes) {
  describe(`Ebb in ${code}`, () => {
    const lang = catalogue(code);
    const english = englishOnly(lang);
    // The person's own words in this journal, in the language they write in, and names.
    const own = { de: 'Ein ruhiger Abend, wir haben zusammen gekocht', es: 'Una tarde tranquila, cocinamos juntos' }[code] ?? '…';
    // Names: each language's own name for itself (the language menu says "English"), Ebb.
    const languageNames = readdirSync(LOCALES).map((c) => catalogue(c).t('language-name').toLowerCase());
    const names = new Set(['sam', 'ebb', ...languageNames, ...own.toLowerCase().split(/\P{L}+/u)]);
    const env = { LANG: `${GLIBC(code)}.UTF-8`, LC_ALL: '', LC_MESSAGES: '' };
    let app;
    after(async () => app?.close());

    test('first run, in the system language', { timeout: 120000 }, async () => {
      app = await launch({ env });
      const b = app.browser;
      await b.setWindowSize(800, 600);
      await el(b, '#pass');
      await waitText(b, lang.t('firstrun-title'));
      await check(b, code, 'first-run', english, names, [app.journal]);
      // "I already use Ebb on another computer", and back.
      await (await el(b, 'button.link')).click();
      await el(b, '#join-title');
      await check(b, code, 'join-from-sync', english, names, [app.journal]);
      await (await el(b, 'button.link')).click();
      await el(b, '#again');
      await (await el(b, '#pass')).setValue(PASS);
      await (await el(b, '#again')).setValue(PASS);
      await (await el(b, 'form button[type="submit"]')).click();
      const key = await (await el(b, '[data-testid="recovery-key"]', 30000)).getText();
      await check(b, code, 'recovery-key', english, names, [key.trim(), app.journal]);
      await (await el(b, 'input[type="checkbox"]')).click();
      await (await el(b, 'button.primary')).click();
      await el(b, '#entry-text', 30000);
      await app.close();
      app = null;
    });

    test('every screen, with a journal that holds a little of everything', { timeout: 600000 }, async () => {
      const dir = mkdtempSync(join(tmpdir(), `ebb-${code}-`));
      const cli = cliOn(join(dir, 'journal.ebb'), PASS);
      // The command line in this language too: LANG reaches it through the environment.
      process.env.LANG = env.LANG;
      delete process.env.LC_ALL;
      delete process.env.LC_MESSAGES;
      cli('init', '--recovery-key-file', join(dir, 'rk.txt'));
      for (let d = 1; d <= 20; d += 1) {
        const day = localDay({ days: -d });
        cli('write', own, '--date', day, '--mood', String(1 + (d % 5)), '--closeness', String(d % 10), '--safety', String((d * 3) % 10), ...(d % 6 === 0 ? ['--for-therapy'] : []));
        cli('episode', '--kind', d % 2 ? 'pull_away' : 'pursuit', '--actor', d % 3 ? 'partner' : 'me', '--at', `${day} 20:00`,
          '--reconnected-at', `${day} 22:${String(d).padStart(2, '0')}`, '--behavior', d % 2 ? 'shut_down' : 'chased',
          '--intensity', String(d % 10), '--repair', 'talked_it_through', '--trigger', own, ...(d % 5 === 0 ? ['--for-therapy'] : []));
      }
      // One still waiting for a reconnection (Today asks about it).
      cli('episode', '--kind', 'pull_away', '--actor', 'partner', '--at', `${localDay({ days: -1 })} 07:00`);
      cli('session', '--date', localDay({ days: -14 }), '--notes', own, '--homework', own);
      cli('practice', 'add', own, '--response', 'named_the_pattern', '--from', localDay({ days: -14 }));
      const practice = JSON.parse(cli('list', '--json')).find((r) => r.type === 'practice');
      assert.ok(practice, 'the practice is in the journal');
      cli('checkin', practice.id, '--done', 'yes', '--date', localDay({ days: -2 }), '--note', own);
      app = await launch({ dir, env });
      const b = app.browser;
      await b.setWindowSize(800, 600);
      await (await el(b, '#pass', 30000)).setValue(PASS);
      await check(b, code, 'unlock', english, names, [app.journal]);
      await b.keys(['Enter']);
      await el(b, '#entry-text', 30000);
      for (const screen of ['today', 'log', 'journal', 'timeline', 'insights', 'prep', 'sessions', 'settings']) {
        await go(b, lang, screen);
        await check(b, code, screen, english, names, [app.journal]);
      }
      await (await el(b, 'nav button.pause-button')).click();
      await el(b, '#pause-title');
      await check(b, code, 'pause', english, names, [app.journal]);
      // The pause running, its question at the end, and what helped.
      await (await el(b, 'form button.primary[type="submit"]')).click();
      await waitText(b, lang.t('pause-running-title'));
      await check(b, code, 'pause-running', english, names, [app.journal]);
      await (await el(b, `//button[normalize-space()="${lang.t('pause-end-now')}"]`)).click();
      await waitText(b, lang.t('pause-due-title'));
      await check(b, code, 'pause-due', english, names, [app.journal]);
      await (await el(b, `//button[normalize-space()="${lang.t('pause-yes-now')}"]`)).click();
      await waitText(b, lang.t('pause-came-back-title'));
      await check(b, code, 'pause-came-back', english, names, [app.journal]);
      await (await el(b, `//button[normalize-space()="${lang.t('pause-done')}"]`)).click();
    });

    test('Settings → Language switches every screen to the chosen language', { timeout: 120000 }, async () => {
      const b = app.browser;
      const other = codes.find((c) => c !== code) ?? 'en';
      await go(b, lang, 'settings');
      const select = await el(b, '#language');
      // No language chosen yet: the menu says so (WebKit once showed the first language here).
      assert.equal(await b.execute(() => document.querySelector('#language').selectedOptions[0].textContent), lang.t('settings-language-system'));
      await select.selectByAttribute('value', other);
      await waitText(b, catalogue(other).t('settings-title'));
      await go(b, catalogue(other), 'today');
      await waitText(b, catalogue(other).t('shell-nav-timeline'));
      // Back to the system's language: this one again.
      await go(b, catalogue(other), 'settings');
      await (await el(b, '#language')).selectByAttribute('value', '');
      await waitText(b, lang.t('settings-title'));
    });
  });
}
