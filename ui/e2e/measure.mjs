// Measures the desktop app as SPEC §7 asks, on a generated 10,000-record journal:
// start to unlock screen drawn, unlock (KDF included) to Today shown, an episode save round
// trip, and the memory (summed PSS) of every process of the app. Not a test: prints figures.
//   EBB_APP=… EBB_CLI=… EBB_SAMPLE=path/to/export.json xvfb-run -a node e2e/measure.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { el, launch } from './harness.mjs';

const PASS = 'measure passphrase';
const dir = mkdtempSync(join(tmpdir(), 'ebb-measure-'));
const env = { ...process.env, EBB_JOURNAL: join(dir, 'journal.ebb'), EBB_PASSPHRASE: PASS };
execFileSync(process.env.EBB_CLI, ['init'], { env, stdio: 'ignore' });
execFileSync(process.env.EBB_CLI, ['import', process.env.EBB_SAMPLE], { env, stdio: 'ignore' });

/** When the ebb-desktop process started, in ms since the epoch (10 ms resolution). */
function processStartEpochMs(name = 'ebb-desktop') {
  const pid = readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .find((p) => {
      try {
        return new RegExp(name).test(readFileSync(`/proc/${p}/cmdline`, 'utf8').split('\0')[0]);
      } catch {
        return false;
      }
    });
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const startTicks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
  // btime in /proc/stat is whole seconds; now minus uptime gives boot to 10 ms.
  const bootMs = Date.now() - Number(readFileSync('/proc/uptime', 'utf8').split(' ')[0]) * 1000;
  const hz = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
  return bootMs + (startTicks / hz) * 1000;
}

function pss() {
  let total = 0;
  const names = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!/ebb-desktop|WebKitWebProcess|WebKitNetworkProcess|WebKitGPUProcess/.test(cmd) || /WebKitWebDriver/.test(cmd)) continue;
      const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      if (m) {
        total += Number(m[1]);
        names.push(`${cmd.split('\0')[0].split('/').pop()} ${Math.round(Number(m[1]) / 1024)} MiB`);
      }
    } catch {
      // gone meanwhile
    }
  }
  return { mib: total / 1024, names };
}

const t0 = performance.now();
const app = await launch({ dir });
const b = app.browser;
await el(b, '#pass', 60000);
// Process start (from /proc, independent of WebDriver's own start-up) to the frame after
// the unlock screen was laid out (a performance mark the page sets).
const drawnAt = await b.execute(() => {
  const m = performance.getEntriesByName('ebb:unlock-drawn')[0];
  return m ? performance.timeOrigin + m.startTime : null;
});
const phases = await b.execute(() => {
  const n = performance.getEntriesByType('navigation')[0];
  return { origin: performance.timeOrigin, dcl: n?.domContentLoadedEventEnd, load: n?.loadEventEnd };
});
const procStart = processStartEpochMs();
console.error(`web process started ${Math.round(processStartEpochMs('WebKitWebProcess') - procStart)} ms, network ${Math.round(processStartEpochMs('WebKitNetworkProcess') - procStart)} ms after the app`);
console.error(`page origin ${Math.round(phases.origin - procStart)} ms after process start; DOMContentLoaded +${Math.round(phases.dcl)} ms; drawn +${Math.round(drawnAt - phases.origin)} ms`);
const started = drawnAt === null ? null : drawnAt - processStartEpochMs();
const viaDriver = performance.now() - t0;
await (await el(b, '#pass')).setValue(PASS);
const t1 = performance.now();
await (await b.$('//button[normalize-space()="Unlock"]')).click();
await el(b, '#entry-text', 60000);
const unlocked = performance.now() - t1;
await new Promise((r) => setTimeout(r, 3000));
const mem = pss();
const rt = await b.executeAsync((done) => {
  const t = performance.now();
  window.__TAURI_INTERNALS__
    .invoke('save_episode', { draft: { id: null, kind: 'pursuit', actor: 'me', occurred_at: null, reconnected_at: null, trigger: '', behaviors: [], intensity: null, feelings: [], story: '', need: '', responses: [], next_time: '', notes: '', tags: [], for_therapy: false } })
    .then(() => done(performance.now() - t), (e) => done(`error ${JSON.stringify(e)}`));
});
// Timeline: first render after the data arrives, then zoom and pan steps (each timed in the
// page with performance.now() around the redraw).
await (await b.$('//button[normalize-space()="Timeline"]')).click();
const chart = await el(b, '.chart', 60000);
await b.waitUntil(async () => Number(await chart.getAttribute('data-first-render-ms')) > 0, { timeout: 60000 });
const timelineFirst = Number(await chart.getAttribute('data-first-render-ms'));
await (await b.$('//button[normalize-space()="Year"]')).click();
const surface = await el(b, '[role="application"]');
// Focus by keyboard: a click could land on a mark and open it.
await b.execute(() => document.querySelector('[role="application"]').focus());
const steps = [];
for (const key of ['PageUp', 'PageUp', '-', '+', 'PageDown', 'ArrowLeft', 'ArrowLeft', 'PageUp', '+', '-']) {
  await b.keys([key]);
  await new Promise((r) => setTimeout(r, 150));
  steps.push(Number(await chart.getAttribute('data-redraw-ms')));
}
steps.sort((x, y) => x - y);
const marksInYear = Number(await surface.getAttribute('data-marks-drawn'));
// Insights over the last 12 months of the journal.
await (await b.$('//button[normalize-space()="Insights"]')).click();
await (await el(b, '//button[normalize-space()="12 months"]')).click();
await new Promise((r) => setTimeout(r, 1500));
const insightsMs = Number(await (await el(b, '.glance')).getAttribute('data-loaded-ms'));
console.log(JSON.stringify({ process_start_to_unlock_drawn_ms: started === null ? null : Math.round(started), including_webdriver_start_ms: Math.round(viaDriver), unlock_to_today_ms_incl_kdf: Math.round(unlocked), episode_save_round_trip_ms: rt, pss_mib: Math.round(mem.mib), processes: mem.names, timeline_first_render_ms: timelineFirst, timeline_marks_in_a_year: marksInYear, timeline_step_ms_median: steps[Math.floor(steps.length / 2)], timeline_step_ms_max: steps[steps.length - 1], insights_12_months_round_trip_ms: insightsMs }, null, 1));
await app.close();
