// No network (issue 6): the desktop app, through a session a person would have — unlock,
// open every screen, start logging an episode, lock, close — under `strace -f`
// (the app and every WebKit process it starts), opens no internet socket. Driven through the
// X server with the keyboard, not WebDriver: WebDriver itself talks to the app over a
// loopback TCP socket, which would hide a real one among its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordLeak } from './harness.mjs';

const PASS = 'network check passphrase';
const X11 = join(dirname(fileURLToPath(import.meta.url)), 'x11.py');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const xdo = (...args) => execFileSync('xdotool', args);

test('a whole desktop session opens no internet socket', { timeout: 120000, skip: !existsSync('/usr/bin/strace') && 'strace is not installed' }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ebb-net-'));
  const env = { ...process.env, EBB_JOURNAL: join(dir, 'journal.ebb'), EBB_PASSPHRASE: PASS, HOME: dir };
  execFileSync(process.env.EBB_CLI, ['init'], { env, stdio: 'ignore' });
  const log = join(dir, 'strace.log');
  const app = spawn('strace', ['-f', '-qq', '-e', 'trace=socket,connect,bind,sendto,sendmsg', '-o', log, process.env.EBB_APP], {
    env: { ...env, EBB_PASSPHRASE: '' },
    stdio: 'ignore',
  });
  const exited = new Promise((resolve) => app.on('exit', resolve));
  let win = '';
  for (let i = 0; i < 60 && !win; i++) {
    await sleep(500);
    win = spawnSync('xdotool', ['search', '--onlyvisible', '--name', '^Ebb$'], { encoding: 'utf8' }).stdout.trim().split('\n')[0];
  }
  assert.ok(win, 'the window opened');
  // The journal is open once its daily backup appears (the day's first unlock makes it). The
  // unlock screen takes typing once it is drawn and focused: type the passphrase, and if the
  // journal has not opened within 10 s, type it again, as a person would.
  const backups = join(dir, 'backups');
  const unlocked = () => existsSync(backups) && readdirSync(backups).length > 0;
  for (let attempt = 0; attempt < 4 && !unlocked(); attempt++) {
    xdo('windowfocus', '--sync', win);
    xdo('key', 'ctrl+a');
    xdo('type', '--delay', '20', PASS);
    xdo('key', 'Return');
    for (let t = 0; t < 100 && !unlocked(); t++) await sleep(100);
  }
  assert.ok(unlocked(), 'the app unlocked the journal');
  // Each screen in turn (the pause screen too), at a person's pace (no check waits on this: the session only has to
  // cover every screen while strace watches).
  for (const key of ['alt+2', 'alt+3', 'alt+4', 'alt+5', 'alt+6', 'alt+7', 'alt+8', 'alt+p', 'alt+1']) {
    xdo('key', key);
    await sleep(1200);
  }
  xdo('key', 'ctrl+e'); // the episode form, from anywhere
  await sleep(1000);
  xdo('key', 'ctrl+l');
  await sleep(2000);
  xdo('key', 'alt+p'); // the pause screen over the unlock screen
  await sleep(1200);
  const close = spawnSync('/usr/bin/python3', [X11, 'close', 'Ebb'], { encoding: 'utf8' });
  assert.equal(close.status, 0, close.stderr);
  await Promise.race([exited, sleep(15000)]);
  app.kill('SIGKILL');

  const calls = readFileSync(log, 'utf8').split('\n');
  assert.ok(calls.some((l) => /socket\(AF_UNIX/.test(l)), 'strace saw the app (its local sockets)');
  const internet = calls.filter((l) => /AF_INET6?\b|AF_PACKET/.test(l));
  for (const l of internet) recordLeak(`internet socket: ${l}`);
  assert.deepEqual(internet, [], 'no internet socket');
});
