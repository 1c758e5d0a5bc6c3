// Drives the real desktop app in a real window: tauri-driver + WebKitWebDriver, under Xvfb
// (started by scripts/e2e.sh). Each `launch` starts the app on its own journal folder.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import net from 'node:net';
import { remote } from 'webdriverio';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const APP = process.env.EBB_APP;
if (!APP) throw new Error('EBB_APP must name the ebb-desktop binary');

let port = 4444;

function waitForPort(p, ms) {
  const until = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const tryOnce = () => {
      const s = net.connect(p, '127.0.0.1');
      s.on('connect', () => (s.destroy(), resolve()));
      s.on('error', () => (Date.now() > until ? reject(new Error(`nothing on port ${p}`)) : setTimeout(tryOnce, 150)));
    };
    tryOnce();
  });
}

/** Starts the app on a fresh (or given) journal folder and returns a WebDriver session. */
export async function launch({ dir = mkdtempSync(join(tmpdir(), 'ebb-e2e-')), dark = false, env: extra = {} } = {}) {
  port += 2;
  const env = { ...process.env, EBB_JOURNAL: join(dir, 'journal.ebb'), GTK_THEME: dark ? 'Adwaita:dark' : 'Adwaita', ...extra };
  // Its own process group, so closing ends the driver, WebKitWebDriver and the app together.
  const driver = spawn('tauri-driver', ['--port', String(port), '--native-port', String(port + 1)], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  await waitForPort(port, 15000);
  const browser = await remote({
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: { 'tauri:options': { application: APP }, 'wdio:enforceWebDriverClassic': true },
  });
  await browser.setTimeout({ implicit: 0 });
  // EBB_WINDOW=800x600 tries the smallest comfortable size.
  const size = /^(\d+)x(\d+)$/.exec(process.env.EBB_WINDOW ?? '');
  if (size) await browser.setWindowSize(Number(size[1]), Number(size[2]));
  const close = async () => {
    try {
      await browser.deleteSession();
    } catch {
      // already gone
    }
    try {
      process.kill(-driver.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    // Done when no process of the group is left (the app's files are then final).
    await waitGroupGone(driver.pid);
  };
  return { browser, dir, journal: env.EBB_JOURNAL, close };
}

/** Waits until no process of the group `pgid` is left (at most 10 s). */
export async function waitGroupGone(pgid) {
  const until = Date.now() + 10000;
  while (Date.now() < until) {
    try {
      process.kill(-pgid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Records a privacy failure (a leak, a socket) where scripts/e2e.sh looks after every run,
 * so the one re-run allowed for a flaky driver can never hide it. */
export function recordLeak(what) {
  if (process.env.EBB_E2E_LEAKS) appendFileSync(process.env.EBB_E2E_LEAKS, `${what}\n`);
}

/** A local date, YYYY-MM-DD: today moved by `days` and `years` (negative: back). */
export function localDay({ days = 0, years = 0 } = {}) {
  const d = new Date();
  d.setFullYear(d.getFullYear() + years);
  d.setDate(d.getDate() + days);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Runs the `ebb` command line on a journal with its passphrase; returns stdout. */
export function cliOn(journal, pass) {
  return (...args) =>
    execFileSync(process.env.EBB_CLI, args, {
      env: { ...process.env, EBB_JOURNAL: journal, EBB_PASSPHRASE: pass },
      encoding: 'utf8',
    });
}

/** Waits for a CSS selector and returns the element. */
export async function el(browser, selector, timeout = 15000) {
  const e = await browser.$(selector);
  await e.waitForExist({ timeout });
  return e;
}

/** Waits until the page holds the text. */
export async function waitText(browser, text, timeout = 15000) {
  let last = '';
  try {
    await browser.waitUntil(async () => (last = await browser.execute(() => document.body.innerText)).includes(text), {
      timeout,
    });
  } catch {
    // Say what the page did show: a failure here is otherwise a guess.
    throw new Error(`"${text}" did not appear; the page said: ${last.replace(/\s+/g, ' ').slice(-400)}`);
  }
}

/** Clicks the last button with this label (the one nearest the end of the form). */
export async function clickButton(browser, label) {
  const b = await browser.$(`(//button[normalize-space()="${label}"])[last()]`);
  await b.waitForExist({ timeout: 15000 });
  await b.scrollIntoView({ block: 'center' });
  await b.waitForClickable({ timeout: 15000 });
  await b.click();
}

/** Runs axe-core in the page; returns serious and critical violations. */
export async function axe(browser) {
  await browser.execute(AXE);
  const result = await browser.executeAsync((done) => {
    axe.run(document, { resultTypes: ['violations'] }).then(
      (r) => done(r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }))),
      (e) => done([{ id: 'axe-failed', impact: 'critical', nodes: [String(e)] }]),
    );
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Creates a journal through the first-run screens and arrives on Today. */
export async function firstRun(browser, pass) {
  await (await el(browser, '#pass')).setValue(pass);
  await (await el(browser, '#again')).setValue(pass);
  await clickButton(browser, 'Create my journal');
  await el(browser, '[data-testid="recovery-key"]', 30000);
  await (await browser.$('//label[contains(., "I have kept my recovery key")]/input')).click();
  await clickButton(browser, 'Open my journal');
  await el(browser, '#entry-text');
}

/** Saves a screenshot for docs/ when EBB_SCREENSHOTS names a folder. WebKitWebDriver now and
 * then never answers a screenshot request, so each gets 20 s and a miss is reported, not fatal. */
export async function shot(browser, name) {
  const dir = process.env.EBB_SCREENSHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  const path = `${dir}/${name}-${process.env.EBB_THEME ?? 'light'}.png`;
  const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 20000));
  const r = await Promise.race([browser.saveScreenshot(path).then(() => 'ok'), timeout]);
  if (r !== 'ok') console.log(`# screenshot ${name} timed out`);
}

const X11 = new URL('./x11.py', import.meta.url).pathname;

/** "Print or save as PDF…" → the system dialog → Print to File, as a person does it; returns
 * the PDF's page count, its fonts, the text of page 1 (spaces squeezed) and all its text. */
export async function printToPdf(browser) {
  const pdf = join(process.cwd(), 'output.pdf');
  rmSync(pdf, { force: true });
  await clickButton(browser, 'Print or save as PDF…');
  const p = spawnSync('/usr/bin/python3', [X11, 'print-to-file', 'Print'], { encoding: 'utf8', timeout: 30000 });
  if (p.status !== 0) throw new Error(`the print dialog: ${p.stderr}`);
  // The dialog writes the file as it goes: wait until pdfinfo reads it whole.
  const info = () => spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
  await browser.waitUntil(async () => existsSync(pdf) && info().status === 0, { timeout: 30000, timeoutMsg: 'no PDF was printed' });
  if (process.env.EBB_KEEP_PDF) writeFileSync(process.env.EBB_KEEP_PDF, readFileSync(pdf));
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info().stdout)[1]);
  const fonts = [...new Set(execFileSync('pdffonts', [pdf], { encoding: 'utf8' })
    .split('\n').slice(2).filter(Boolean).map((l) => l.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, '')))].sort();
  const page1 = execFileSync('pdftotext', ['-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const all = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\f/g, '');
  rmSync(pdf, { force: true });
  return { pages, fonts, page1, all };
}
