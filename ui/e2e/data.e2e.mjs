// End-to-end: the user's words survive closing the window mid-sentence, and an export made in
// the app, imported through the app into a fresh journal, gives the same records. The file
// dialogs are the real GTK ones, filled in through the X server as a person would.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clickButton, el, launch, waitText, firstRun } from './harness.mjs';

const PASS = 'data passphrase for e2e';
// Debian's own Python, where python3-xlib is installed (scripts/install-deps.sh).
const X11 = join(dirname(fileURLToPath(import.meta.url)), 'x11.py');
const out = mkdtempSync(join(tmpdir(), 'ebb-e2e-files-'));
const open = [];

function x11(...args) {
  const r = spawnSync('/usr/bin/python3', [X11, ...args], { encoding: 'utf8', timeout: 30000 });
  assert.equal(r.status, 0, `x11.py ${args.join(' ')}: ${r.stderr}`);
}


async function unlock(b) {
  await (await el(b, '#pass', 30000)).setValue(PASS);
  await clickButton(b, 'Unlock');
  await el(b, '#entry-text', 30000);
}

/** The records of a journal, as the command line exports them. */
function records(journal) {
  const env = { ...process.env, EBB_JOURNAL: journal, EBB_PASSPHRASE: PASS };
  const doc = JSON.parse(execFileSync(process.env.EBB_CLI, ['export', '--format', 'json'], { env, encoding: 'utf8' }));
  return { entries: doc.entries, episodes: doc.episodes, sessions: doc.sessions };
}

after(async () => {
  for (const a of open) await a.close();
});

let first;

test('closing the window mid-sentence keeps every word', async () => {
  first = await launch();
  open.push(first);
  const b = first.browser;
  await firstRun(b, PASS);
  const words = 'Closed the window right after typing this';
  await (await el(b, '#entry-text')).setValue(words);
  // Straight away, before the autosave pause is over: the close button of the title bar.
  x11('close', 'Ebb');
  await b.waitUntil(async () => {
    try {
      await b.getTitle();
      return false;
    } catch {
      return true;
    }
  }, { timeout: 15000, timeoutMsg: 'the window did not close' });
  await first.close();
  first = await launch({ dir: first.dir });
  open.push(first);
  await unlock(first.browser);
  assert.equal(await (await el(first.browser, '#entry-text')).getValue(), words);
});

test('export in the app, import into a fresh journal: the same records', { timeout: 120000 }, async () => {
  const b = first.browser;
  await clickButton(b, "Log an episode");
  await (await b.$('//label[contains(., "Pursuing")]')).click();
  await (await b.$('//label[.//span[normalize-space()="Me"]]')).click();
  await clickButton(b, 'Save');
  await waitText(b, 'Logged.');
  await clickButton(b, 'Sessions');
  await (await el(b, '#s-notes')).setValue('Homework: notice the first move.');
  await clickButton(b, 'Save session');
  await waitText(b, 'Session saved.');

  await clickButton(b, 'Settings');
  const file = join(out, 'everything.json');
  await clickButton(b, 'Export…');
  x11('choose', 'Export your journal', file);
  await waitText(b, 'Exported 3 records', 20000);
  assert.ok(existsSync(file));

  const second = await launch();
  open.push(second);
  const c = second.browser;
  await firstRun(c, PASS);
  await clickButton(c, 'Settings');
  await clickButton(c, 'Import an Ebb export…');
  x11('choose', 'Choose an Ebb export to import', file);
  await waitText(c, 'This file would add 3 new records', 20000);
  await clickButton(c, 'Import');
  await waitText(c, 'Imported: 3 new');

  assert.deepEqual(records(second.journal), records(first.journal));
});
