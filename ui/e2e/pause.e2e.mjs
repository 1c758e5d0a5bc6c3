// End-to-end: taking a pause in two actions from any screen, coming back, and Today asking
// about an episode with no reconnection time, in the real desktop app.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { axe, clickButton, el, firstRun, launch, shot, waitText } from './harness.mjs';

const PASS = 'pause passphrase for e2e';
let app;

const cli = (args) =>
  execFileSync(process.env.EBB_CLI, args, {
    env: { ...process.env, EBB_JOURNAL: app.journal, EBB_PASSPHRASE: PASS },
    encoding: 'utf8',
  });
const episodes = () => JSON.parse(cli(['list', '--json'])).filter((r) => r.type === 'episode');

before(async () => {
  app = await launch({ dark: process.env.EBB_THEME === 'dark' });
  await firstRun(app.browser, PASS);
});
after(async () => {
  await app?.close();
});

test('a pause in two actions from another screen, then coming back', { timeout: 120000 }, async () => {
  const b = app.browser;
  await clickButton(b, 'Journal');
  // Action one: the shortcut. Action two: start, with what Ebb proposes.
  await b.keys(['Alt', 'p']);
  await waitText(b, 'Who needs the pause?');
  await b.waitUntil(async () => (await (await el(b, '#pause-line')).getValue()).includes('overwhelmed'), { timeout: 10000 });
  assert.deepEqual(await axe(b), [], 'the pause form passes axe');
  await shot(b, 'pause-start');
  await clickButton(b, 'Start the pause');
  await waitText(b, 'left, back at');
  // The line to say names the very time the journal holds.
  const shown = await b.execute(() => document.body.innerText);
  const clock = /back at (\d\d:\d\d)/.exec(shown)[1];
  assert.match(shown, new RegExp(`come back at ${clock}`), shown);
  await shot(b, 'pause-running');
  // Logged at once, with its promised return twenty minutes on.
  const [p] = episodes();
  assert.equal(p.kind, 'pull_away');
  assert.equal(p.actor, 'me');
  assert.deepEqual(p.responses, ['asked_for_pause_with_return']);
  assert.equal((Date.parse(p.return_at) - Date.parse(p.occurred_at)) / 60000, 20);
  assert.equal(p.reconnected_at, null);
  assert.equal(new Date(p.return_at).toTimeString().slice(0, 5), clock);
  // Elsewhere, the pause is still there, with the time left.
  await clickButton(b, 'Today');
  await waitText(b, 'Pausing until');
  await clickButton(b, 'Open the pause');
  await clickButton(b, 'End the pause now');
  await waitText(b, 'Did you come back to each other?');
  assert.deepEqual(await axe(b), [], 'the question passes axe');
  await shot(b, 'pause-question');
  await clickButton(b, 'Yes, now');
  await waitText(b, 'You came back');
  await (await b.$('//label[contains(., "The one who paused came back")]/input')).click();
  await clickButton(b, 'Done');
  await el(b, '#entry-text');
  const [back] = episodes();
  assert.ok(back.reconnected_at, 'the return is noted');
  assert.deepEqual(back.repairs, ['came_back_as_promised']);
});

test('Today asks about an episode with no reconnection time, and stops when told', { timeout: 120000 }, async () => {
  const b = app.browser;
  const at = new Date(Date.now() - 26 * 3600 * 1000).toISOString();
  cli(['episode', '--kind', 'pursuit', '--actor', 'me', '--at', at]);
  await clickButton(b, 'Journal');
  await clickButton(b, 'Today');
  await waitText(b, 'reconnect after', 20000);
  assert.deepEqual(await axe(b), [], 'Today with a question passes axe');
  await shot(b, 'today-follow-up');
  const text = await b.execute(() => document.body.innerText);
  // 26 hours ago is yesterday (or, just after midnight, the day before).
  assert.match(text, /Did you and your partner reconnect after (yesterday|\w+day)'s pursuit\?/);
  await clickButton(b, "Don't ask about this one");
  await b.waitUntil(async () => !(await b.execute(() => document.body.innerText)).includes('reconnect after'), { timeout: 10000 });
  // Remembered: not asked again after lock and unlock.
  await b.keys(['Control', 'l']);
  await (await el(b, '#pass', 20000)).setValue(PASS);
  await b.keys('Enter');
  await el(b, '#entry-text', 20000);
  await new Promise((r) => setTimeout(r, 1500));
  assert.ok(!(await b.execute(() => document.body.innerText)).includes('reconnect after'));
});
