// End-to-end: what rings, and Ebb waiting in the tray. Each app runs on its own private
// D-Bus session with a real notification server (dunst) and a monitor of every Notify call
// sent to it; the tray menu is clicked the way a desktop's tray does it, over D-Bus
// (com.canonical.dbusmenu on the app's StatusNotifierItem), with dbus-send.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { clickButton, el, firstRun, launch, recordLeak, waitText } from './harness.mjs';

const PASS = 'background passphrase';
const CANARY = 'Quokka';
const PAUSE_BODY = "Your pause is over. Come back to each other when you're ready.";
const REMINDER_BODY = 'A moment for your journal?';
const TRAY_BODY = "Ebb is still here, locked, so it can tell you when it's time. Open it again from its icon in the tray.";
const X11 = new URL('./x11.py', import.meta.url).pathname;

const running = [];
after(async () => {
  for (const stop of running.reverse()) await stop();
});

/** A private session bus with dunst on it, and what was sent to it. */
async function desktop() {
  const daemon = spawn('dbus-daemon', ['--session', '--nofork', '--print-address'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const address = await new Promise((resolve, reject) => {
    let out = '';
    daemon.stdout.on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(out.trim());
    });
    daemon.on('error', reject);
  });
  const env = { ...process.env, DBUS_SESSION_BUS_ADDRESS: address };
  const dunst = spawn('dunst', [], { env, stdio: 'ignore' });
  let sent = '';
  const monitor = spawn('dbus-monitor', ["interface='org.freedesktop.Notifications',member='Notify'"], { env });
  monitor.stdout.on('data', (d) => (sent += d));
  // Until dunst owns the name, a notification would have nowhere to go.
  const until = Date.now() + 10000;
  while (!names(address).includes('org.freedesktop.Notifications')) {
    if (Date.now() > until) throw new Error('dunst did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  running.push(async () => {
    for (const p of [monitor, dunst, daemon]) p.kill();
  });
  return {
    address,
    /** Every notification body sent so far. */
    // Notify(app_name, replaces_id, app_icon, summary, body, …): the fourth string of each call.
    bodies: () =>
      sent
        .split(/^method call /m)
        .filter((call) => call.includes('member=Notify'))
        .map((call) => [...call.matchAll(/^\s+string "(.*)"$/gm)][3]?.[1]),
    raw: () => sent,
    /** What dunst itself holds (shown and closed ones). */
    history: () => execFileSync('dunstctl', ['history'], { env, encoding: 'utf8' }),
  };
}

async function until(what, check, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${what} did not happen within ${ms / 1000} s`);
}

/** dbus-send on the private bus; its printed reply. */
function send(address, ...args) {
  // Some connections on the bus (the web view's) never answer an introspection: wait briefly.
  return execFileSync('dbus-send', [`--bus=${address}`, '--print-reply', '--reply-timeout=3000', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}

/** The names on the bus. */
function names(address) {
  const reply = send(address, '--dest=org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus.ListNames');
  return [...reply.matchAll(/string "([^"]*)"/g)].map((m) => m[1]);
}

/** The tray menu's item with this label, clicked as a desktop's tray does (dbusmenu's Event). */
function clickTray(address, label) {
  for (const name of names(address).filter((n) => n.startsWith(':'))) {
    let nodes;
    try {
      nodes = send(address, `--dest=${name}`, '/org/ayatana/NotificationItem', 'org.freedesktop.DBus.Introspectable.Introspect');
    } catch {
      continue;
    }
    const item = /<node name="([^"]+)"/.exec(nodes)?.[1];
    if (!item) continue;
    const menu = `/org/ayatana/NotificationItem/${item}/Menu`;
    const layout = send(address, `--dest=${name}`, menu, 'com.canonical.dbusmenu.GetLayout', 'int32:0', 'int32:-1', 'array:string:label');
    // Each item: its id (int32), then its properties, among them "label".
    const items = [...layout.matchAll(/int32 (\d+)\s+array \[\s+dict entry\(\s+string "label"\s+variant\s+string "([^"]*)"/g)].map((m) => ({ id: m[1], label: m[2] }));
    const hit = items.find((i) => i.label === label);
    assert.ok(hit, `the tray menu has "${label}": ${JSON.stringify(items)}`);
    send(address, `--dest=${name}`, menu, 'com.canonical.dbusmenu.Event', `int32:${hit.id}`, 'string:clicked', 'variant:string:', 'uint32:0');
    return;
  }
  throw new Error('no tray menu on the bus');
}

function visible(title = 'Ebb') {
  return execFileSync('/usr/bin/python3', [X11, 'visible', title], { encoding: 'utf8' }).trim() === 'yes';
}

/** An app on its own private bus, its journal made, closed when the test ends (one at a
 * time: the window checks find it by its title). */
async function startApp(t, env = {}) {
  const bus = await desktop();
  const app = await launch({ env: { DBUS_SESSION_BUS_ADDRESS: bus.address, ...env } });
  running.push(app.close);
  t.after(app.close);
  await firstRun(app.browser, PASS);
  return { bus, app, b: app.browser };
}

/** The journal as `ebb export` gives it. */
function exported(app) {
  const env = { ...process.env, EBB_JOURNAL: app.journal, EBB_PASSPHRASE: PASS };
  return JSON.parse(execFileSync(process.env.EBB_CLI, ['export', '--format', 'json'], { env, encoding: 'utf8' }));
}

const hhmm = (ms) => new Date(ms).toTimeString().slice(0, 5);

async function setReminder(b, ms) {
  await clickButton(b, 'Settings');
  const box = await el(b, '//label[contains(., "Remind me to write, once a day")]/input');
  if (!(await box.isSelected())) await box.click();
  const at = await el(b, '#remind-at');
  // A time field takes its value the way the page's own picker sets it.
  await b.execute((e, v) => ((e.value = v), e.dispatchEvent(new Event('input', { bubbles: true }))), at, hhmm(ms));
  await clickButton(b, 'Save preferences');
  await waitText(b, 'Saved.');
}

async function startPause(b, minutes) {
  await b.keys(['Alt', 'p']);
  await waitText(b, 'Who needs the pause?');
  const m = await el(b, '#pause-minutes');
  await m.clearValue();
  await m.setValue(String(minutes));
  await clickButton(b, 'Start the pause');
  await waitText(b, 'left, back at');
}

function noJournalWords(bus) {
  const raw = bus.raw() + bus.history();
  for (const w of [CANARY, 'kept to myself', 'Sam']) {
    if (raw.includes(w)) {
      recordLeak(`a notification held journal words: ${w}`);
      assert.fail(`a notification held "${w}"`);
    }
  }
}

test('a one-minute pause rings once with no journal words; the reminder stays quiet on a day with an entry', { timeout: 240000 }, async (t) => {
  const { bus, app, b } = await startApp(t);
  await (await el(b, '#entry-text')).setValue(`${CANARY} kept to myself today`);
  await clickButton(b, 'Settings');
  const partner = await el(b, '#partner');
  await partner.setValue(`Sam ${CANARY}`);
  // The reminder a minute from now: today has an entry, so it must not ring.
  const remindAt = Date.now() + 60000;
  await setReminder(b, remindAt);
  await startPause(b, 1);
  await until('the pause notification', () => bus.bodies().includes(PAUSE_BODY), 100000);
  // The window asks at the same time.
  await waitText(b, 'Did you come back to each other?', 15000);
  // Past the reminder's minute: still nothing but the one pause notification.
  const quietUntil = Math.floor(remindAt / 60000) * 60000 + 70000;
  await new Promise((r) => setTimeout(r, Math.max(0, quietUntil - Date.now())));
  assert.deepEqual(bus.bodies(), [PAUSE_BODY], 'one notification, for the pause, and no reminder');
  assert.ok(bus.history().includes('Your pause is over'), 'the notification server received it');
  noJournalWords(bus);
  await clickButton(b, 'Yes, now');
  await waitText(b, 'You came back');
  await clickButton(b, 'Done');
  const doc = exported(app);
  const [p] = doc.episodes;
  assert.equal((Date.parse(p.return_at) - Date.parse(p.occurred_at)) / 60000, 1);
  assert.ok(p.reconnected_at && Date.parse(p.reconnected_at) >= Date.parse(p.return_at), 'answering yes noted the return');
  assert.equal(doc.settings.reminder_at, hhmm(remindAt));
});

test('the daily reminder rings at its time on a day with no entry', { timeout: 180000 }, async (t) => {
  const { bus, b } = await startApp(t);
  // The next minute on the clock (at least 20 s away, so the save lands before it).
  const at = Math.ceil((Date.now() + 20000) / 60000) * 60000;
  await setReminder(b, at);
  assert.deepEqual(bus.bodies(), [], 'nothing before its time');
  await until('the reminder', () => bus.bodies().includes(REMINDER_BODY), at - Date.now() + 30000);
  assert.ok(Date.now() >= at, 'not before its time');
  assert.deepEqual(bus.bodies(), [REMINDER_BODY]);
  noJournalWords(bus);
});

test('closing the window with a pause running: locked in the tray, the pause still rings, the tray opens it again', { timeout: 300000 }, async (t) => {
  const home = mkdtempSync(join(tmpdir(), 'ebb-e2e-home-'));
  const { bus, app, b } = await startApp(t, { HOME: home });
  await (await el(b, '#entry-text')).setValue(`${CANARY} kept to myself`);
  await startPause(b, 1);
  execFileSync('/usr/bin/python3', [X11, 'close', 'Ebb']);
  await until('the window going to the tray', () => !visible(), 15000);
  // Still running, and locked: the page holds the unlock screen and no journal words.
  await waitText(b, 'Welcome back', 15000);
  await waitText(b, 'Pausing until');
  const text = await b.execute(() => document.body.innerText);
  assert.ok(!text.includes(CANARY), 'nothing of the journal stays in the page');
  await until('the first-time word about the tray', () => bus.bodies().includes(TRAY_BODY), 10000);
  await until('the pause notification, with the window closed', () => bus.bodies().includes(PAUSE_BODY), 100000);
  assert.deepEqual(bus.bodies(), [TRAY_BODY, PAUSE_BODY]);
  noJournalWords(bus);
  clickTray(bus.address, 'Open Ebb');
  await until('the window coming back', () => visible(), 15000);
  await (await el(b, '#pass')).setValue(PASS);
  await b.keys('Enter');
  await waitText(b, 'Did you come back to each other?', 20000);
  await clickButton(b, 'Yes, now');
  await waitText(b, 'You came back');
  await clickButton(b, 'Done');

  // Locked, the tray's "Take a pause" opens the pause without the passphrase; it is logged at
  // the next unlock as of when it started.
  await b.keys(['Control', 'l']);
  await el(b, '#pass', 20000);
  clickTray(bus.address, 'Take a pause');
  await waitText(b, 'Who needs the pause?');
  await waitText(b, 'Change it to your own words if you like.');
  await clickButton(b, 'Start the pause');
  await waitText(b, 'left, back at');
  const started = Date.now();
  // A while later, unlocked: the episode is written now, but dated when the pause began.
  await new Promise((r) => setTimeout(r, 5000));
  await clickButton(b, 'Back to unlock');
  await (await el(b, '#pass')).setValue(PASS);
  await b.keys('Enter');
  await el(b, '#entry-text', 20000);
  const eps = exported(app).episodes;
  assert.equal(eps.length, 2);
  const first = eps.find((e) => e.reconnected_at);
  const locked = eps.find((e) => !e.reconnected_at);
  assert.ok(first && locked, JSON.stringify(eps));
  assert.ok(Date.parse(locked.occurred_at) <= started, `dated when it began: ${JSON.stringify(locked)}`);
  assert.ok(Date.parse(locked.created_at) - Date.parse(locked.occurred_at) >= 4000, `written at unlock: ${JSON.stringify(locked)}`);
  assert.equal((Date.parse(locked.return_at) - Date.parse(locked.occurred_at)) / 60000, 20);

  // Start at login: off until asked; on, a login entry that starts Ebb in the background.
  await clickButton(b, 'Settings');
  const login = await el(b, '//label[contains(., "Start Ebb, locked, when I log in")]/input');
  assert.equal(await login.isSelected(), false);
  const dir = join(home, '.config', 'autostart');
  const entries = () => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.desktop')) : []);
  assert.deepEqual(entries(), []);
  await login.click();
  await waitText(b, 'Ebb will start, locked, when you log in.');
  assert.equal(entries().length, 1);
  assert.match(readFileSync(join(dir, entries()[0]), 'utf8'), /^Exec=.*ebb-desktop.* --background$/m);
  await login.click();
  await waitText(b, 'Ebb will not start by itself.');
  assert.deepEqual(entries(), []);

  // The tray's Quit ends it.
  clickTray(bus.address, 'Quit Ebb');
  await until('the app ending', () => !names(bus.address).some((n) => n.includes('SingleInstance')), 15000);
});
