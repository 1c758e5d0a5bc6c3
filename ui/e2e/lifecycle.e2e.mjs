// End-to-end: the app locks itself after the idle minutes set in Settings, when the computer
// is about to sleep and when the desktop session locks.
import { execFileSync, spawn } from 'node:child_process';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { clickButton, el, launch, waitText, firstRun } from './harness.mjs';

const PASS = 'lifecycle passphrase';
let app;


before(async () => {
  app = await launch();
  await firstRun(app.browser, PASS);
});
after(async () => {
  await app?.close();
});

test('locks itself after the idle minutes set in Settings', { timeout: 180000 }, async () => {
  const b = app.browser;
  await clickButton(b, 'Settings');
  const minutes = await el(b, '#minutes');
  await minutes.clearValue();
  await minutes.setValue('1');
  await clickButton(b, 'Save preferences');
  await waitText(b, 'Saved.');
  // No activity from here: within a minute and a few seconds the unlock screen is back.
  await waitText(b, 'Welcome back', 100000);
  const text = await b.execute(() => document.body.innerText);
  assert.ok(!text.includes('Exported words'), 'nothing of the journal stays in the page');
});

// A private bus standing in for the system bus: the app is told (DBUS_SYSTEM_BUS_ADDRESS) to
// listen there, and the test plays logind.
function privateBus() {
  const daemon = spawn('dbus-daemon', ['--session', '--nofork', '--print-address'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const address = new Promise((resolve, reject) => {
    let out = '';
    daemon.stdout.on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(out.trim());
    });
    daemon.on('error', reject);
  });
  return { daemon, address };
}

function signal(address, path, member, ...args) {
  execFileSync('dbus-send', [`--bus=${address}`, '--type=signal', path, member, ...args]);
}

test('locks when the computer is about to sleep, and when the session locks', { timeout: 120000 }, async () => {
  const bus = privateBus();
  const address = await bus.address;
  const sleepy = await launch({ env: { DBUS_SYSTEM_BUS_ADDRESS: address } });
  try {
    const b = sleepy.browser;
    await firstRun(b, PASS);
    await clickButton(b, 'Journal');
    // Waking up is not a reason to lock.
    signal(address, '/org/freedesktop/login1', 'org.freedesktop.login1.Manager.PrepareForSleep', 'boolean:false');
    await new Promise((r) => setTimeout(r, 1500));
    assert.ok(!(await b.execute(() => document.body.innerText)).includes('Welcome back'), 'still open after a wake-up signal');
    // Before the review, a laptop closed while unlocked woke up unlocked.
    signal(address, '/org/freedesktop/login1', 'org.freedesktop.login1.Manager.PrepareForSleep', 'boolean:true');
    await waitText(b, 'Welcome back', 10000);
    await (await el(b, '#pass')).setValue(PASS);
    await b.keys('Enter');
    await el(b, '#entry-text', 20000);
    signal(address, '/org/freedesktop/login1/session/_32', 'org.freedesktop.login1.Session.Lock');
    await waitText(b, 'Welcome back', 10000);
  } finally {
    await sleepy.close();
    bus.daemon.kill();
  }
});
