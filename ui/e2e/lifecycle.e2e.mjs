// End-to-end: the app locks itself after the idle minutes set in Settings.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { clickButton, el, launch, waitText } from './harness.mjs';

const PASS = 'lifecycle passphrase';
let app;

/** Creates the journal through the first-run screens. */
async function firstRun(b) {
  await (await el(b, '#pass')).setValue(PASS);
  await (await el(b, '#again')).setValue(PASS);
  await clickButton(b, 'Create my journal');
  await el(b, '[data-testid="recovery-key"]', 30000);
  await (await b.$('//label[contains(., "I have kept my recovery key")]/input')).click();
  await clickButton(b, 'Open my journal');
  await el(b, '#entry-text');
}

before(async () => {
  app = await launch();
  await firstRun(app.browser);
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
