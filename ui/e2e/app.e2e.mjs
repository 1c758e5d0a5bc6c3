// End-to-end: a new user's first minutes with Ebb, in the real desktop app.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { axe, clickButton, el, launch, shot as harnessShot, waitText } from './harness.mjs';

const PASS = 'four quiet rivers at dawn';
const NOTE = '<img src=x onerror=alert(1)>';
let app;

const shot = (name) => harnessShot(app.browser, name);

async function noSeriousViolations(screen) {
  const v = await axe(app.browser);
  assert.deepEqual(v, [], `${screen}: axe found ${JSON.stringify(v, null, 1)}`);
}

before(async () => {
  app = await launch({ dark: process.env.EBB_THEME === 'dark' });
});
after(async () => {
  await app?.close();
});

test('window is titled Ebb and opens on first run', async () => {
  const b = app.browser;
  await el(b, '#pass');
  assert.equal(await b.getTitle(), 'Ebb');
  await waitText(b, 'Welcome to Ebb');
  await noSeriousViolations('first run');
  await shot('first-run');
});

test('first run: passphrase, recovery key shown once, then Today', async () => {
  const b = app.browser;
  await (await el(b, '#pass')).setValue(PASS);
  await (await el(b, '#again')).setValue(PASS);
  await clickButton(b, 'Create my journal');
  const key = await el(b, '[data-testid="recovery-key"]', 30000);
  assert.match(await key.getText(), /^([A-Z2-7]{4}-){12}[A-Z2-7]{4}$/);
  await noSeriousViolations('recovery key');
  await shot('recovery-key');
  const open = await b.$('//button[normalize-space()="Open my journal"]');
  assert.equal(await open.isEnabled(), false, 'cannot continue before confirming the key is kept');
  await (await b.$('//label[contains(., "I have kept my recovery key")]/input')).click();
  await open.click();
  await el(b, '#entry-text');
});

test("today's entry autosaves", async () => {
  const b = app.browser;
  await (await el(b, '#entry-text')).setValue(`A calm evening. ${NOTE}`);
  await (await b.$('//label[contains(., "Good")]/input[@name="mood"]')).click();
  await waitText(b, 'Saved');
  await noSeriousViolations('today');
  await shot('today');
});

test('a minimal episode in three actions', async () => {
  const b = app.browser;
  await b.keys(['Control', 'e']);
  await el(b, '#log-title');
  await (await b.$('//label[contains(., "Pulling away")]')).click(); // 1
  await (await b.$('//label[.//span[normalize-space()="My partner"]]')).click(); // 2
  await clickButton(b, 'Save'); // 3
  await waitText(b, 'Logged.');
  await noSeriousViolations('log episode');
});

test('a full episode with details', async () => {
  const b = app.browser;
  await clickButton(b, 'Log another');
  await el(b, '//button[normalize-space()="Save"]');
  await (await b.$('//label[contains(., "Pursuing")]')).click();
  await (await b.$('//label[.//span[normalize-space()="Me"]]')).click();
  await clickButton(b, 'Add details');
  await (await el(b, '#trigger')).setValue('An unanswered text');
  await (await b.$('//label[contains(., "Followed, called")]/input')).click();
  await (await el(b, '#story')).setValue('That I do not matter');
  await (await el(b, '#need')).setValue('reassurance');
  await (await b.$('//label[contains(., "Calmed myself")]/input')).click();
  await (await b.$('//label[contains(., "Bring this to therapy")]/input')).click();
  await noSeriousViolations('episode details');
  await shot('log-episode');
  await clickButton(b, 'Save');
  await waitText(b, 'Logged.');
});

test('lock, a wrong passphrase is refused, unlock finds everything', async () => {
  const b = app.browser;
  await b.keys(['Control', 'l']);
  await el(b, '#pass', 20000);
  await waitText(b, 'Welcome back');
  const text = await b.execute(() => document.body.innerText);
  assert.ok(!text.includes('calm evening'), 'no journal text stays in the page after lock');
  await noSeriousViolations('unlock');
  await shot('unlock');
  await (await el(b, '#pass')).setValue('not my passphrase');
  await clickButton(b, 'Unlock');
  await waitText(b, "doesn't open this journal");
  await (await el(b, '#pass')).setValue(PASS);
  await clickButton(b, 'Unlock');
  await el(b, '#entry-text', 30000);
  assert.match(await (await el(b, '#entry-text')).getValue(), /A calm evening/);
  await clickButton(b, 'Journal');
  await waitText(b, 'I pursued');
  await waitText(b, 'My partner pulled away');
  await waitText(b, 'An unanswered text');
});

test('journal shows markup as text; delete and undo', async () => {
  const b = app.browser;
  await waitText(b, NOTE);
  const images = await b.execute(() => document.querySelectorAll('main img').length);
  assert.equal(images, 0, 'the note is text, not an image element');
  await noSeriousViolations('journal');
  await shot('journal');
  const before = await b.execute(() => document.querySelectorAll('li.item').length);
  await (await b.$('//li[contains(@class,"entry")]//button[contains(., "Delete")]')).click();
  await clickButton(b, 'Undo');
  await b.waitUntil(async () => (await b.execute(() => document.querySelectorAll('li.item').length)) === before);
  await waitText(b, NOTE);
});

test('sessions and settings screens', async () => {
  const b = app.browser;
  await clickButton(b, 'Sessions');
  await (await el(b, '#s-notes')).setValue('Talked about the weekend.');
  await clickButton(b, 'Save session');
  await waitText(b, 'Session saved.');
  await noSeriousViolations('sessions');
  await shot('sessions');
  await clickButton(b, 'Settings');
  await (await el(b, '#partner')).setValue('Sam');
  await clickButton(b, 'Save preferences');
  await waitText(b, 'Saved.');
  await noSeriousViolations('settings');
  await shot('settings');
});

test('the command line writing meanwhile shows up without a restart', async () => {
  const b = app.browser;
  execFileSync(process.env.EBB_CLI, ['write', 'written from the terminal'], {
    env: { ...process.env, EBB_JOURNAL: app.journal, EBB_PASSPHRASE: PASS },
  });
  await clickButton(b, 'Journal');
  await waitText(b, 'written from the terminal', 20000);
  // An edit from the terminal of a record the app has open shows up too.
  const env = { ...process.env, EBB_JOURNAL: app.journal, EBB_PASSPHRASE: PASS };
  const listed = JSON.parse(execFileSync(process.env.EBB_CLI, ['list', '--json'], { env, encoding: 'utf8' }));
  const mine = listed.find((r) => r.text === 'written from the terminal');
  execFileSync(process.env.EBB_CLI, ['edit', mine.id, '--text', 'edited from the terminal'], { env });
  await waitText(b, 'edited from the terminal', 20000);
  assert.ok(!(await b.execute(() => document.body.innerText)).includes('written from the terminal'), 'the old text is gone');
});
