// End-to-end: a generated journal imported, then the Timeline, Insights and therapy prep
// screens of the real app, checked against `ebb patterns` and `ebb report` on the same file.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { axe, clickButton, el, launch, printToPdf, shot as harnessShot, waitText } from './harness.mjs';

const PASS = 'patterns passphrase for e2e';
const X11 = join(dirname(fileURLToPath(import.meta.url)), 'x11.py');
const dir = mkdtempSync(join(tmpdir(), 'ebb-e2e-patterns-'));
const journal = join(dir, 'journal.ebb');
const env = { ...process.env, EBB_JOURNAL: journal, EBB_PASSPHRASE: PASS };
let app;

const pad = (n) => String(n).padStart(2, '0');
const local = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const now = new Date();
const TODAY = local(now);
const FROM = local(new Date(now.getFullYear(), now.getMonth(), now.getDate() - 90));

function cli(...args) {
  return execFileSync(process.env.EBB_CLI, args, { env, encoding: 'utf8' });
}

const shot = (name) => harnessShot(app.browser, name);

/** Sets the two date fields of a screen as a person picking dates would. */
async function setRange(b, from, to) {
  await b.execute((v) => {
    const [f, t] = document.querySelectorAll('input[type="date"]');
    for (const [input, value] of [[f, v[0]], [t, v[1]]]) {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }, [from, to]);
}

async function noSeriousViolations(screen) {
  const v = await axe(app.browser);
  assert.deepEqual(v, [], `${screen}: axe found ${JSON.stringify(v, null, 1)}`);
}

before(async () => {
  // Four months of realistic generated data ending today, with a session every two weeks.
  const sample = execFileSync(process.env.EBB_SAMPLE_BIN, ['--entries', '120', '--episodes', '110', '--end', TODAY], { encoding: 'utf8' });
  writeFileSync(join(dir, 'sample.json'), sample);
  cli('init');
  cli('import', join(dir, 'sample.json'));
  app = await launch({ dir, dark: process.env.EBB_THEME === 'dark' });
  await (await el(app.browser, '#pass', 30000)).setValue(PASS);
  await clickButton(app.browser, 'Unlock');
  await el(app.browser, '#entry-text', 30000);
});
after(async () => {
  await app?.close();
});

test('insights say the same counts, cycles and median as `ebb patterns`', async () => {
  const b = app.browser;
  const p = JSON.parse(cli('patterns', '--from', FROM, '--to', TODAY));
  const total = p.totals.pull_away.me + p.totals.pull_away.partner + p.totals.pursuit.me + p.totals.pursuit.partner;
  assert.ok(total > 20 && p.cycles.length > 0, 'the sample has something to show');
  await clickButton(b, 'Insights');
  await el(b, '#insights-title');
  await el(b, 'input[type="date"]');
  await setRange(b, FROM, TODAY);
  await waitText(b, `You logged ${total} episodes`);
  await waitText(b, `${p.cycles.length} ${p.cycles.length === 1 ? 'cycle' : 'cycles'}`);
  // The same sentence the command line's report says for this range.
  const md = cli('report', '--from', FROM, '--to', TODAY, '--format', 'markdown');
  const median = /Reconnecting took a median of [^.;]+/.exec(md)[0];
  await waitText(b, median);
  await noSeriousViolations('insights');
  await shot('insights');
});

test('the timeline draws every episode in view and moves by keyboard', async () => {
  const b = app.browser;
  await clickButton(b, 'Timeline');
  const surface = await el(b, '[role="application"]');
  await clickButton(b, 'Year');
  const marks = Number(await surface.getAttribute('data-marks-drawn'));
  const all = JSON.parse(cli('patterns'));
  const count = all.totals.pull_away.me + all.totals.pull_away.partner + all.totals.pursuit.me + all.totals.pursuit.partner;
  assert.equal(marks, count, 'a year holds four months: every episode is drawn');
  const links = Number(await surface.getAttribute('data-links-drawn'));
  assert.equal(links, all.cycles.reduce((n, c) => n + c.length - 1, 0), 'each cycle joins its episodes');
  await noSeriousViolations('timeline');
  await shot('timeline');

  // Focus as a keyboard user would: a click could land on a mark and open it.
  await b.execute(() => document.querySelector('[role="application"]').focus());
  await b.keys(['Home']);
  const first = await b.execute(() => document.querySelector('.summary').textContent);
  await b.keys(['ArrowRight']);
  const second = await b.execute(() => document.querySelector('.summary').textContent);
  assert.notEqual(first, second, 'the arrow key moved to the next episode');
  assert.match(second, /(pulled away|pursued)/);
  await b.keys(['ArrowLeft']);
  assert.equal(await b.execute(() => document.querySelector('.summary').textContent), first);
  assert.notEqual(await surface.getAttribute('data-focused'), '', 'one mark is focused');
  await b.keys(['Enter']);
  await el(b, '#log-title');
});

test('therapy prep: two items left out are not in the saved page', { timeout: 120000 }, async () => {
  const b = app.browser;
  await clickButton(b, 'Prepare for therapy');
  await el(b, '.ebb-report');
  // Since the last session is at most two weeks here; three months hold more flagged records.
  await setRange(b, FROM, TODAY);
  await waitText(b, 'This period beside the one before');
  // The page has redrawn for the new range when its heading names the range's first day.
  const first = new Date(`${FROM}T12:00:00`);
  await waitText(b, `${first.getDate()} ${first.toLocaleString('en-GB', { month: 'long' })}${first.getFullYear() === now.getFullYear() ? '' : ` ${first.getFullYear()}`} –`);
  const items = await b.execute(() => document.querySelectorAll('fieldset input[type="checkbox"]').length - 1);
  assert.ok(items >= 3, `the sample flags a few records (${items})`);
  const flagsBefore = await b.execute(() => document.querySelectorAll('.ebb-report .flag').length);
  assert.equal(flagsBefore, items);
  await noSeriousViolations('prep');
  await shot('prep');
  for (const k of [0, 1]) {
    await (await b.$$('fieldset input[type="checkbox"]'))[k].click();
    await b.waitUntil(async () => (await b.execute(() => document.querySelectorAll('.ebb-report .flag').length)) === flagsBefore - k - 1);
  }
  const file = join(dir, 'summary.html');
  await clickButton(b, 'Save as a web page…');
  const r = spawnSync('/usr/bin/python3', [X11, 'choose', 'Save the summary for your session', file], { encoding: 'utf8', timeout: 30000 });
  assert.equal(r.status, 0, r.stderr);
  await waitText(b, 'Saved to', 20000);
  assert.ok(existsSync(file));
  const html = readFileSync(file, 'utf8');
  assert.equal((html.match(/<div class="flag">/g) ?? []).length, items - 2);
  assert.ok(!/<script/i.test(html));

  // Print → the system dialog → Print to File: the report alone, its summary on page 1, in
  // the app's own typeface whatever fonts the machine has.
  const { pages, fonts, page1, all } = await printToPdf(b);
  assert.deepEqual(fonts, ['FiraSans-Regular', 'FiraSans-SemiBold'], 'the printed page uses the bundled face only');
  const json = JSON.parse(cli('report', '--from', FROM, '--to', TODAY, '--format', 'json'));
  const t = json.patterns.totals;
  const n = t.pull_away.me + t.pull_away.partner + t.pursuit.me + t.pursuit.partner;
  for (const want of [`${n} episodes in this period`, 'Episodes per week', 'Cycles', 'What set things off', 'What I practised', 'Sessions in this period', items === 3 ? 'I marked 1 thing to talk about' : `I marked ${items - 2} things to talk about`]) {
    assert.ok(page1.includes(want), `page 1 of ${pages} holds "${want}": ${page1.slice(0, 300)}`);
  }
  const headings = all.split('\n').filter((l) => /^\d{1,2} [A-Z][a-z]+ \d{4}(, \d\d:\d\d)? — /.test(l) && !l.includes(' — to practise: '));
  assert.equal(headings.length, items - 2, 'every flagged record left in is printed after the summary');
});
