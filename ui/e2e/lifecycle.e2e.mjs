// End-to-end: the app locks itself after the idle minutes set in Settings.
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
