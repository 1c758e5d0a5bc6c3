// End-to-end: a journal brought from jrnl in two clicks (the real file dialog), what was
// written on this day in earlier years on Today, and the day's gentle question.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { axe, cliOn, clickButton, el, firstRun, launch, localDay, shot, waitText } from './harness.mjs';

const X11 = join(dirname(fileURLToPath(import.meta.url)), 'x11.py');
const PASS = 'past passphrase for e2e';
let app;

const yearsAgo = (n) => localDay({ years: -n });
const cli = (...args) => cliOn(app.journal, PASS)(...args);

before(async () => {
  app = await launch({ dark: process.env.EBB_THEME === 'dark' });
  await firstRun(app.browser, PASS);
});
after(async () => {
  await app?.close();
});

test('a jrnl journal in two clicks, this day in earlier years, and a question for the day', { timeout: 180000 }, async () => {
  const b = app.browser;
  // Today, before anything is written: the day's question under the box.
  await el(b, '[data-testid="entry-prompt"]');
  await waitText(b, 'If it helps:');

  // A jrnl export: one entry from a year ago today, one from two years ago.
  const file = join(app.dir, 'jrnl.json');
  writeFileSync(
    file,
    JSON.stringify({
      tags: { '@us': 2 },
      entries: [
        { title: 'A year ago we argued about the holidays.', body: 'Then we talked it through.', date: yearsAgo(1), time: '21:00', tags: ['@us'], starred: true },
        { title: 'Two years ago, a quiet day.', body: '', date: yearsAgo(2), time: '09:15', tags: ['@us'], starred: false },
      ],
    }),
  );
  await clickButton(b, 'Settings');
  const from = await el(b, '#from-app');
  await from.selectByAttribute('value', 'jrnl');
  await clickButton(b, 'Choose its export…');
  const r = spawnSync('/usr/bin/python3', [X11, 'choose', 'Choose your jrnl export', file], { encoding: 'utf8', timeout: 40000 });
  assert.equal(r.status, 0, r.stderr);
  await waitText(b, 'This jrnl export holds 2 entries');
  assert.deepEqual(await axe(b), [], 'the import preview passes axe');
  await clickButton(b, 'Bring them in');
  await waitText(b, 'Brought 2 entries from jrnl: 2 new, 0 already here.');
  const listed = JSON.parse(cli('list', '--json'));
  assert.equal(listed.length, 2);
  assert.ok(listed.some((e) => e.text === 'A year ago we argued about the holidays.\nThen we talked it through.' && e.tags.includes('starred')));

  // Today looks back at this day in earlier years; a line opens the record.
  await clickButton(b, 'Today');
  await el(b, '[data-testid="on-this-day"]');
  await waitText(b, 'A year ago we argued about the holidays.');
  await waitText(b, 'Two years ago, a quiet day.');
  assert.deepEqual(await axe(b), [], 'Today with On this day passes axe');
  await shot(b, 'today-on-this-day');
  const line = await b.$('//button[contains(., "A year ago we argued")]');
  await line.click();
  await b.waitUntil(async () => (await (await el(b, '#entry-text')).getValue()).startsWith('A year ago we argued'), {
    timeout: 15000,
    timeoutMsg: 'the entry of a year ago opened on Today',
  });
});
