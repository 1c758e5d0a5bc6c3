// End-to-end: a session's homework becomes a practice; Today asks each day how it went;
// the prep screen and the printed page (one page) say how often it was tried and used.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, cliOn, clickButton, el, firstRun, launch, localDay, printToPdf, shot, waitText } from './harness.mjs';

const PASS = 'practice passphrase for e2e';
let app;

const day = (offset) => localDay({ days: offset });
const cli = (...args) => cliOn(app.journal, PASS)(...args);

before(async () => {
  app = await launch({ dark: process.env.EBB_THEME === 'dark' });
  await firstRun(app.browser, PASS);
});
after(async () => {
  await app?.close();
});

test('a session with a practice, three days of check-ins, and the prep page and print say so', { timeout: 180000 }, async () => {
  const b = app.browser;
  await clickButton(b, 'Sessions');
  const date = await el(b, '#s-date');
  await b.execute((e, v) => ((e.value = v), e.dispatchEvent(new Event('input', { bubbles: true }))), date, day(-3));
  await (await el(b, '#s-homework')).setValue('Name the pattern once instead of chasing');
  const response = await el(b, '#s-response');
  await response.selectByAttribute('value', 'named_the_pattern');
  await clickButton(b, 'Save session');
  await waitText(b, 'Today will ask each day how the practice went.');
  await waitText(b, 'What you\'re practising');
  assert.deepEqual(await axe(b), [], 'the sessions screen with a practice passes axe');
  const [practice] = JSON.parse(cli('practice', 'list', '--json'));
  assert.equal(practice.response, 'named_the_pattern');
  assert.equal(practice.started_on, day(-3));
  assert.ok(practice.session_id, 'it came from the session');

  // Two earlier days from the command line, today in the app: one tap, then changed.
  cli('checkin', practice.id, '--done', 'yes', '--date', day(-2));
  cli('checkin', practice.id, '--done', 'no_chance', '--date', day(-1));
  await clickButton(b, 'Today');
  await waitText(b, 'Did you try ‘Name the pattern once instead of chasing’ today?');
  await clickButton(b, 'No');
  await b.waitUntil(async () => (await b.$('//button[normalize-space()="No"]').getAttribute('aria-pressed')) === 'true', { timeout: 10000 });
  await clickButton(b, 'Yes');
  await b.waitUntil(async () => (await b.$('//button[normalize-space()="Yes"]').getAttribute('aria-pressed')) === 'true', { timeout: 10000 });
  assert.deepEqual(await axe(b), [], 'Today with a check-in passes axe');
  await shot(b, 'today-checkin');
  const today = JSON.parse(cli('list', '--json')).filter((r) => r.type === 'checkin' && r.date === day(0));
  assert.equal(today.length, 1, 'one check-in a day, changed in place');
  assert.equal(today[0].done, 'yes');

  // My own episode that used the response, logged with it listed first.
  await b.keys(['Control', 'e']);
  await el(b, '#log-title');
  await (await el(b, 'input[name="kind"][value="pursuit"]')).click();
  await (await el(b, 'input[name="actor"][value="me"]')).click();
  await clickButton(b, 'Add details');
  const first = await (await el(b, '//fieldset[legend[normalize-space()="What I did"]]//label[contains(@class, "check")]')).getText();
  assert.match(first, /practising/, `the practised response comes first: ${first}`);
  await (await b.$('//label[contains(., "practising")]/input')).click();
  await clickButton(b, 'Save');
  await waitText(b, 'Logged');

  await clickButton(b, 'Prepare for therapy');
  await el(b, '.ebb-report');
  await waitText(b, 'Practice between sessions');
  const said = '“Name the pattern once instead of chasing”: checked in on 3 of 4 days (tried 2, no chance 1); used in 1 episode.';
  await waitText(b, said);
  const { pages, page1 } = await printToPdf(b);
  assert.equal(pages, 1, 'the printed summary is one page');
  assert.ok(page1.includes('Practice between sessions'), page1.slice(0, 400));
  assert.ok(page1.includes('checked in on 3 of 4 days'), page1);
});
