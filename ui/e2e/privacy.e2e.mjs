// The plaintext scan of docs/reliability.md: a whole session in the real desktop app writes
// a unique canary into every field, then every file the app and its web view wrote is
// searched for each canary — and for the passphrase and the recovery key — in UTF-8,
// UTF-16 and base64. Goal: 0 hits.
//
// The app runs with HOME, every XDG folder, TMPDIR and XDG_RUNTIME_DIR inside one fresh
// folder, and the journal in its default place, so "every file it wrote" is that folder
// (the journal, its siblings, backups/, WebKit's data and cache folders, GTK's state) plus
// whatever appeared in /tmp, /var/tmp or /dev/shm during the session.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clickButton, el, launch, recordLeak, waitText } from './harness.mjs';

const TOKEN = `qzx${randomBytes(6).toString('hex')}`;
const PASS = `river ${randomBytes(4).toString('hex')} stone lantern`;
const c = (field) => `${TOKEN}-${field}`;
const root = mkdtempSync(join(tmpdir(), 'ebb-privacy-'));
const started = Date.now();
let app;
let recoveryKey = '';

/** What `needle` looks like as UTF-8, UTF-16 (both orders) and inside base64 at any alignment. */
export function forms(needle) {
  const utf8 = Buffer.from(needle, 'utf8');
  const le = Buffer.from(needle, 'utf16le');
  const be = Buffer.from(le).swap16();
  const out = [utf8, le, be];
  for (let shift = 0; shift < 3; shift++) {
    const padded = Buffer.concat([Buffer.alloc(shift), utf8]);
    const first = Math.ceil(shift / 3);
    const last = Math.floor(padded.length / 3);
    if (last <= first + 1) continue;
    const part = padded.subarray(first * 3, last * 3);
    out.push(Buffer.from(part.toString('base64')), Buffer.from(part.toString('base64url')));
  }
  return out;
}

function* walk(dir, since) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p, since);
    else if (e.isFile()) {
      try {
        const st = statSync(p);
        if (st.mtimeMs >= since && st.size < 256 * 1024 * 1024) yield p;
      } catch {
        // gone meanwhile
      }
    }
  }
}

/** Every file written under the app's folder, and in the shared temp folders since the start. */
function writtenFiles() {
  const files = [...walk(root, 0)];
  for (const shared of ['/tmp', '/var/tmp', '/dev/shm']) {
    for (const p of walk(shared, started)) if (!p.startsWith(root)) files.push(p);
  }
  return files;
}

function hits(files, needles) {
  const found = [];
  for (const f of files) {
    let bytes;
    try {
      bytes = readFileSync(f);
    } catch {
      continue;
    }
    for (const [name, n] of needles) {
      if (forms(n).some((form) => bytes.includes(form))) found.push(`${name} in ${f}`);
    }
  }
  return found;
}

before(async () => {
  const env = { HOME: root, TMPDIR: join(root, 'tmp'), XDG_RUNTIME_DIR: join(root, 'run'), EBB_JOURNAL: '' };
  for (const [k, d] of [['XDG_DATA_HOME', 'data'], ['XDG_CACHE_HOME', 'cache'], ['XDG_CONFIG_HOME', 'config'], ['XDG_STATE_HOME', 'state']]) {
    env[k] = join(root, d);
  }
  for (const d of ['tmp', 'run', 'data', 'cache', 'config', 'state']) mkdirSync(join(root, d), { recursive: true, mode: 0o700 });
  app = await launch({ dir: root, env });
});
after(async () => {
  await app?.close();
});

test('the scanner finds a canary in every form it claims', () => {
  const f = join(root, 'control.bin');
  const samples = [Buffer.from(`x ${c('control')} y`), Buffer.from(`xy ${c('control')} y`, 'utf16le'), Buffer.from(`xy ${c('control')} y`, 'utf16le').swap16()];
  // base64 and base64url, with the canary at each of the three alignments.
  for (const prefix of ['', 'a', 'ab']) {
    samples.push(Buffer.from(`${prefix}${c('control')} y`).toString('base64'), Buffer.from(`${prefix}${c('control')} y`).toString('base64url'));
  }
  for (const [i, data] of samples.entries()) {
    writeFileSync(f, data);
    assert.equal(hits([f], [['control', TOKEN]]).length, 1, `form ${i}`);
  }
  writeFileSync(f, 'nothing');
  assert.equal(hits([f], [['control', TOKEN]]).length, 0);
});

test('a whole session with a canary in every field', { timeout: 240000 }, async () => {
  const b = app.browser;
  await el(b, '#pass', 30000);
  await (await el(b, '#pass')).setValue(PASS);
  await (await el(b, '#again')).setValue(PASS);
  await clickButton(b, 'Create my journal');
  recoveryKey = await (await el(b, '[data-testid="recovery-key"]', 30000)).getText();
  await (await b.$('//label[contains(., "I have kept my recovery key")]/input')).click();
  await clickButton(b, 'Open my journal');

  // Today: text and a tag.
  await (await el(b, '#entry-text')).setValue(`Today ${c('entry')}`);
  await (await el(b, '#entry-tags')).setValue(c('etag'));
  await b.keys(['Enter']);
  await waitText(b, 'Saved');

  // An episode with every text field, an own behavior and response, feelings and tags.
  await b.keys(['Control', 'e']);
  await el(b, '#log-title');
  await (await b.$('//label[contains(., "Pursuing")]')).click();
  await (await b.$('//label[.//span[normalize-space()="Me"]]')).click();
  await clickButton(b, 'Add details');
  await (await el(b, '#trigger')).setValue(c('trigger'));
  await (await el(b, '#own-behavior')).setValue(c('behavior'));
  await b.keys(['Enter']);
  await (await el(b, '#feelings')).setValue(c('feeling'));
  await b.keys(['Enter']);
  await (await el(b, '#story')).setValue(c('story'));
  await (await el(b, '#need')).setValue(c('need'));
  await (await el(b, '#own-response')).setValue(c('response'));
  await b.keys(['Enter']);
  await (await el(b, '#next')).setValue(c('next'));
  await (await el(b, '#notes')).setValue(c('notes'));
  await (await el(b, '#episode-tags')).setValue(c('tag'));
  await b.keys(['Enter']);
  await (await b.$('//label[contains(., "Bring this to therapy")]/input')).click();
  await clickButton(b, 'Save');
  await waitText(b, 'Logged.');

  // A session, the partner's name, a search, and every reading screen.
  await clickButton(b, 'Sessions');
  await (await el(b, '#s-notes')).setValue(c('session'));
  await (await el(b, '#s-homework')).setValue(c('homework'));
  await clickButton(b, 'Save session');
  await waitText(b, 'Session saved.');
  await clickButton(b, 'Settings');
  await (await el(b, '#partner')).setValue(c('partner'));
  // A daily reminder: its time is also kept beside the journal, for Ebb started at login.
  await (await el(b, '//label[contains(., "Remind me to write, once a day")]/input')).click();
  const remindAt = await el(b, '#remind-at');
  await b.execute((e) => ((e.value = '23:59'), e.dispatchEvent(new Event('input', { bubbles: true }))), remindAt);
  await clickButton(b, 'Save preferences');
  await waitText(b, 'Saved.');
  // A pause with a line of one's own (remembered, sealed, for next time), ended and come
  // back from; then Today's question about an episode with no reconnection time.
  await clickButton(b, 'Take a pause');
  await (await el(b, '#pause-line')).setValue(c('pauseline'));
  await clickButton(b, 'Start the pause');
  await clickButton(b, 'End the pause now');
  await clickButton(b, 'Yes, now');
  await clickButton(b, 'Done');
  await el(b, '#entry-text');
  await waitText(b, 'reconnect after');
  await clickButton(b, "Don't ask about this one");
  await clickButton(b, 'Journal');
  await (await el(b, '#q')).setValue(c('search'));
  await waitText(b, 'Nothing here yet.'); // the search ran, and found nothing
  await (await el(b, '#q')).setValue(TOKEN);
  await waitText(b, c('trigger'));
  for (const [screen, drawn] of [['Timeline', '[role="application"][data-marks-drawn]'], ['Insights', '#insights-title']]) {
    await clickButton(b, screen);
    await el(b, drawn);
  }
  await clickButton(b, 'Prepare for therapy');
  await el(b, '.ebb-report');
  await (await el(b, 'input[placeholder="my partner"]')).setValue(c('prepname'));
  await waitText(b, c('prepname')); // the summary has redrawn with the name

  // Lock, unlock, lock again and close the window as a person would.
  await b.keys(['Control', 'l']);
  await el(b, '#pass', 20000);
  await (await el(b, '#pass')).setValue(PASS);
  await clickButton(b, 'Unlock');
  await el(b, '#entry-text', 30000);
  assert.match(await (await el(b, '#entry-text')).getValue(), new RegExp(c('entry')));
  await b.keys(['Control', 'l']);
  await el(b, '#pass', 20000);
  await app.close(); // returns once every process of the app has ended
  app = undefined;
});

test('no file the app or its web view wrote holds a canary, the passphrase or the recovery key', () => {
  assert.match(recoveryKey, /^([A-Z2-7]{4}-){12}[A-Z2-7]{4}$/);
  const files = writtenFiles().filter((f) => !f.endsWith('control.bin'));
  const journal = join(root, 'data', 'ebb', 'journal.ebb');
  assert.ok(files.includes(journal), `the journal is in its default place (${journal})`);
  assert.ok(files.includes(`${journal}.desktop.json`), 'the reminder time beside the journal is scanned too');
  assert.ok(files.some((f) => f.includes(join('data', 'ebb', 'backups'))), 'the daily backup was made');
  assert.ok(files.some((f) => f.startsWith(join(root, 'cache')) || f.startsWith(join(root, 'data', 'app.ebb.journal'))), 'the web view wrote its own folders');
  const needles = [
    ['a canary', TOKEN],
    ['the passphrase', PASS],
    ['the recovery key', recoveryKey],
    ['the recovery key without dashes', recoveryKey.replaceAll('-', '')],
  ];
  const found = hits(files, needles);
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  console.log(`# plaintext scan: ${files.length} files, ${bytes} bytes, ${needles.length} secrets × UTF-8/UTF-16LE/UTF-16BE/base64: ${found.length} hits`);
  for (const f of files) console.log(`#   ${f.replace(root, '$ROOT')}`);
  for (const f of found) recordLeak(`plaintext scan: ${f}`);
  assert.deepEqual(found, []);
});
