// End-to-end: the desktop app on a second computer (SPEC §9). The first computer is the
// command line with its own journal; the two share one folder, as a shared drive or a USB
// stick would give them. The app joins from the folder on its first run, then stays in step
// without a button press: what the other computer writes appears, what is written here
// reaches it, and a record changed on both shows both versions until the person chooses.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { axe, clickButton, el, launch, shot, waitText } from './harness.mjs';

const X11 = join(dirname(fileURLToPath(import.meta.url)), 'x11.py');
const OTHER_PASS = 'the first computer passphrase';
const PASS = 'this computer passphrase';
const home = mkdtempSync(join(tmpdir(), 'ebb-e2e-other-'));
const folder = join(home, 'Sync', 'ebb');
let app;

/** The other computer: the command line on its own journal. */
const other = (...args) =>
  execFileSync(process.env.EBB_CLI, args, {
    env: { ...process.env, EBB_JOURNAL: join(home, 'journal.ebb'), EBB_PASSPHRASE: OTHER_PASS },
    encoding: 'utf8',
  });
/** The command line on this computer's journal (the one the app has open). */
const here = (...args) =>
  execFileSync(process.env.EBB_CLI, args, {
    env: { ...process.env, EBB_JOURNAL: app.journal, EBB_PASSPHRASE: PASS },
    encoding: 'utf8',
  });

function x11(...args) {
  const r = spawnSync('/usr/bin/python3', [X11, ...args], { encoding: 'utf8', timeout: 40000 });
  assert.equal(r.status, 0, `x11.py ${args.join(' ')}: ${r.stderr}`);
}

/** Waits until `check` holds, exchanging on the other computer meanwhile. */
async function untilOther(check, what, ms = 30000) {
  const until = Date.now() + ms;
  let last;
  while (Date.now() < until) {
    other('sync');
    last = JSON.parse(other('export'));
    if (check(last)) return last;
    await new Promise((r) => setTimeout(r, 500));
  }
  assert.fail(`${what}; the other computer has: ${JSON.stringify(last).slice(0, 600)}`);
}

before(async () => {
  other('init');
  other('write', 'Written on the other computer');
  other('sync', 'init', folder);
  app = await launch({ dark: process.env.EBB_THEME === 'dark' });
});
after(async () => {
  await app?.close();
});

test('a second computer joins from the folder and stays in step by itself', { timeout: 240000 }, async () => {
  const b = app.browser;
  await clickButton(b, 'I already use Ebb on another computer');
  await el(b, '#join-title');
  assert.deepEqual(await axe(b), [], 'the join screen passes axe');
  await shot(b, 'join-from-sync');
  await clickButton(b, 'Choose the folder…');
  x11('choose-folder', 'Choose the folder your other computer keeps Ebb in', folder);
  await waitText(b, folder);
  await (await el(b, '#join-other')).setValue('not the passphrase');
  await (await el(b, '#join-pass')).setValue(PASS);
  await (await el(b, '#join-again')).setValue(PASS);
  await clickButton(b, 'Bring my journal here');
  await waitText(b, 'does not open');
  await (await el(b, '#join-other')).setValue(OTHER_PASS);
  await clickButton(b, 'Bring my journal here');
  await el(b, '#entry-text', 30000);

  // What the other computer wrote is here.
  await clickButton(b, 'Journal');
  await waitText(b, 'Written on the other computer');

  // The other computer writes again: it appears without a button press.
  other('write', 'A second line from the other computer');
  other('sync');
  await waitText(b, 'A second line from the other computer', 30000);

  // Written here: it reaches the other computer by itself.
  await clickButton(b, 'Today');
  await (await el(b, '#entry-text')).setValue('Written in the app on this computer');
  await untilOther(
    (x) => x.entries.some((e) => e.text === 'Written in the app on this computer'),
    'the entry written in the app reached the other computer',
  );

  // Settings shows both computers and when each last changed something.
  await clickButton(b, 'Settings');
  await el(b, '[data-testid="sync-settings"] table');
  await waitText(b, 'This computer');
  const otherId = JSON.parse(other('sync', 'status')).device;
  await el(b, `tr[data-device="${otherId}"]`);
  await waitText(b, `Another computer (${otherId.slice(0, 6)})`);
  assert.deepEqual(await axe(b), [], 'Settings with the sync section passes axe');
  await (await el(b, '[data-testid="sync-settings"]')).scrollIntoView({ block: 'start' });
  await shot(b, 'settings-sync');

  // The same entry changed on both before they caught up: both versions are kept.
  const first = JSON.parse(other('list', '--json')).find((r) => r.text === 'Written on the other computer');
  other('edit', first.id, '--text', 'The other computer changed it');
  await new Promise((r) => setTimeout(r, 1100));
  here('edit', first.id, '--text', 'This computer changed it');
  // The app takes in its own journal's change and sends it; the other computer then sees both.
  await untilOther((x) => (x.conflicts ?? []).length === 1, 'the other computer kept both versions');
  await clickButton(b, 'Journal');
  await waitText(b, 'Changed on two computers', 30000);
  await waitText(b, 'The other computer changed it');
  assert.deepEqual(await axe(b), [], 'the Journal with a conflict passes axe');
  await shot(b, 'journal-conflict');
  await clickButton(b, 'Keep this one instead');
  await waitText(b, 'the other version is the one shown now');
  const settled = await untilOther(
    (x) => !x.conflicts && x.entries.some((e) => e.id === first.id && e.text === 'The other computer changed it'),
    'the choice made in the app settled the conflict on the other computer',
  );
  assert.equal(settled.entries.filter((e) => e.id === first.id).length, 1);
  const mine = JSON.parse(here('export'));
  assert.equal(mine.conflicts, undefined, 'no conflict left here either');
  assert.equal(mine.entries.find((e) => e.id === first.id).text, 'The other computer changed it');
});
