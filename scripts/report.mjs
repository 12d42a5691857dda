// Speed and size report: bytes (raw, gzip, brotli), Lighthouse 12 (mobile median of 5 and
// desktop, served with gzip like GitHub Pages), a keystroke on the plan at 4x CPU slowdown (median
// and p95 of 41), the native regeneration of every text, and memory after a full journey.
// Prints a summary and writes target/perf-report.json. Timings are reported, never asserted.
//   node scripts/report.mjs   (after `trunk build --release`; scripts/report.sh does both)
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { serve, launch, openPage, PHONE } from '../tests/e2e/lib.mjs';
import { App } from '../tests/e2e/app.mjs';

mkdirSync('target', { recursive: true });
execFileSync('node', ['scripts/size.mjs', 'dist'], { stdio: 'inherit' });
const size = JSON.parse(readFileSync('target/size-report.json', 'utf8'));

const server = await serve({ gzip: true });
const report = { date: new Date().toISOString(), size: { firstVisit: size.firstVisit, byKind: size.byKind } };

// Lighthouse, fully local: Debian's Chromium, the site on 127.0.0.1, simulated slow 4G on a
// mid-range phone (Lighthouse's mobile default). Mobile five times, the median reported.
async function lh(formFactor) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--lang=de-DE', '--accept-lang=de-DE,de', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] };
    const result = await lighthouse(server.url, flags, formFactor === 'desktop' ? desktopConfig : undefined);
    const a = result.lhr.audits;
    return {
      score: Math.round(result.lhr.categories.performance.score * 100),
      fcp_ms: Math.round(a['first-contentful-paint'].numericValue),
      lcp_ms: Math.round(a['largest-contentful-paint'].numericValue),
      cls: +a['cumulative-layout-shift'].numericValue.toFixed(3),
      tbt_ms: Math.round(a['total-blocking-time'].numericValue),
      total_bytes: a['total-byte-weight'].numericValue,
    };
  } finally {
    await chrome.kill();
  }
}
const median = (runs, key) => runs.map((r) => r[key]).sort((x, y) => x - y)[Math.floor(runs.length / 2)];
const mobileRuns = [];
for (let i = 0; i < 5; i++) mobileRuns.push(await lh('mobile'));
const mobile = Object.fromEntries(Object.keys(mobileRuns[0]).map((k) => [k, median(mobileRuns, k)]));
report.lighthouse = { mobile: { ...mobile, runs: mobileRuns.length }, mobile_runs: mobileRuns, desktop: await lh('desktop') };

// In the browser, on a phone at 4× CPU slowdown: the standard journey's plan, then a key typed
// into a field every letter uses (the name) until the plan is repainted, 41 times.
const browser = await launch();
const { page, context } = await openPage(browser, server.origin, PHONE);
const app = new App(page, 'de');
await page.goto(server.url + '#/de/start');
await app.ready();
await app.choose('instagram', 'facebook', 'linkedin', 'chatgpt', 'whatsapp');
await app.nextButton(5).click();
await app.heading().filter({ hasText: app.t.about_title }).waitFor();
await app.field('name').fill('Maria Huber');
await page.getByLabel(app.t.country, { exact: true }).selectOption('DE');
await page.getByLabel(app.t.state, { exact: true }).selectOption('DE-BY');
await page.getByRole('button', { name: app.t.to_plan, exact: true }).click();
await page.locator('#whatsapp-objection-form-text').waitFor();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
const runs = await page.evaluate(async () => {
  const box = document.querySelector('#whatsapp-name');
  const times = [];
  for (let i = 0; i < 41; i++) {
    // The work a key causes on the main thread (the next frame is not waited for: at 60 Hz it
    // alone would be up to 16.7 ms).
    const t0 = performance.now();
    box.value += i % 2 ? 'a' : 'b';
    box.dispatchEvent(new InputEvent('input', { bubbles: true }));
    times.push(performance.now() - t0);
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  }
  return times.sort((a, b) => a - b);
});
// The held edit applied at once (as after a pause, a tap or leaving the field): every text
// regenerated and the plan repainted.
const applied = await page.evaluate(async () => {
  const box = document.querySelector('#whatsapp-name');
  const times = [];
  for (let i = 0; i < 11; i++) {
    box.value += 'c';
    box.dispatchEvent(new InputEvent('input', { bubbles: true }));
    const t0 = performance.now();
    document.dispatchEvent(new Event('pointerdown'));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
});
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
report.plan_repaint_ms = { median: +applied[5].toFixed(2), max: +applied[10].toFixed(2), runs: applied.length, what: 'the same, 4x CPU: the held edit applied, every text regenerated and the plan repainted' };
report.keystroke_on_plan_ms = {
  median: +runs[20].toFixed(2),
  p95: +runs[38].toFixed(2),
  runs: runs.length,
  what: '5 services on the plan, 4x CPU slowdown: the main-thread work of one key in the name field (the edit is held back until a pause)',
};
report.memory_after_journey = await page.evaluate(() => ({
  js_heap_bytes: performance.memory?.usedJSHeapSize ?? null,
  wasm_memory_bytes: window.__kiwWasmBytes?.() ?? null,
}));
await context.close();
await browser.close();
await server.close();

execFileSync('cargo', ['run', '--quiet', '--release', '-p', 'kiw-core', '--features', 'toml', '--example', 'bench'], { stdio: 'inherit' });
report.regenerate_native_us = JSON.parse(readFileSync('target/bench-native.json', 'utf8'));

writeFileSync('target/perf-report.json', JSON.stringify(report, null, 2) + '\n');
const kb = (n) => (n / 1024).toFixed(1) + ' KB';
const m = report.lighthouse.mobile;
const d = report.lighthouse.desktop;
console.log(`
first visit      ${kb(size.firstVisit.gzip)} gzip, ${kb(size.firstVisit.brotli)} brotli (wasm ${kb(size.byKind.wasm.gzip)} gzip)
lighthouse       mobile, median of ${m.runs}: score ${m.score}, FCP ${m.fcp_ms} ms, LCP ${m.lcp_ms} ms, CLS ${m.cls}, TBT ${m.tbt_ms} ms, ${kb(m.total_bytes)}
                 each run (score LCP TBT): ${report.lighthouse.mobile_runs.map((r) => `${r.score} ${r.lcp_ms} ${r.tbt_ms}`).join(' | ')}
                 desktop: score ${d.score}, FCP ${d.fcp_ms} ms, LCP ${d.lcp_ms} ms, CLS ${d.cls}, TBT ${d.tbt_ms} ms
keystroke        on the plan at 4x CPU: median ${report.keystroke_on_plan_ms.median} ms, p95 ${report.keystroke_on_plan_ms.p95} ms
repaint          after the pause, 4x CPU: median ${report.plan_repaint_ms.median} ms (max ${report.plan_repaint_ms.max} ms); native regeneration median ${report.regenerate_native_us.median_us} µs
memory           JS heap ${kb(report.memory_after_journey.js_heap_bytes ?? 0)}, wasm ${kb(report.memory_after_journey.wasm_memory_bytes ?? 0)}
written to target/perf-report.json`);
