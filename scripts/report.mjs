// Speed and size report: bytes (raw, gzip, brotli), Lighthouse 12 (mobile and desktop, served
// with gzip like GitHub Pages), the time to regenerate every text after a change (in the
// browser, median of many runs, and natively), and memory after a full journey.
// Prints a summary and writes target/perf-report.json. Timings are reported, never asserted.
//   node scripts/report.mjs   (after `trunk build --release`; scripts/report.sh does both)
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { serve, launch, openPage, ready, PHONE } from '../tests/e2e/lib.mjs';

mkdirSync('target', { recursive: true });
execFileSync('node', ['scripts/size.mjs', 'dist'], { stdio: 'inherit' });
const size = JSON.parse(readFileSync('target/size-report.json', 'utf8'));

const server = await serve({ gzip: true });
const report = { date: new Date().toISOString(), size: { firstVisit: size.firstVisit, byKind: size.byKind } };

// Lighthouse, fully local: Debian's Chromium, the site on 127.0.0.1.
async function lh(formFactor) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] };
    const result = await lighthouse(server.url + '#/de/start', flags, formFactor === 'desktop' ? desktopConfig : undefined);
    const a = result.lhr.audits;
    return {
      score: Math.round(result.lhr.categories.performance.score * 100),
      fcp_ms: Math.round(a['first-contentful-paint'].numericValue),
      lcp_ms: Math.round(a['largest-contentful-paint'].numericValue),
      tbt_ms: Math.round(a['total-blocking-time'].numericValue),
      total_bytes: a['total-byte-weight'].numericValue,
    };
  } finally {
    await chrome.kill();
  }
}
report.lighthouse = { mobile: await lh('mobile'), desktop: await lh('desktop') };

// In the browser: a full journey, then the time from a change to the repainted plan.
const browser = await launch();
const { page, context } = await openPage(browser, server.origin, PHONE);
await page.goto(server.url + '#/de/start');
await ready(page);
for (const name of ['Facebook', 'Instagram', 'LinkedIn', 'X (Grok)', 'Slack']) await page.getByRole('checkbox', { name }).check();
await page.getByRole('button', { name: 'Weiter', exact: true }).click();
await page.getByRole('button', { name: 'Weiter', exact: true }).click();
for (const r of ['Auf meinen Fotos sind Kinder zu sehen', 'Ich arbeite in einem Beruf mit Schweigepflicht oder Quellenschutz']) {
  await page.getByRole('checkbox', { name: r }).check();
}
await page.getByLabel('Wo wohnen Sie?').selectOption('DE');
await page.getByLabel('Bundesland').selectOption('DE-BY');
await page.getByLabel('Ihr Name').fill('Maria Huber');
await page.getByRole('button', { name: 'Weiter', exact: true }).click();
await page.locator('#facebook-objection-text').waitFor();
const runs = await page.evaluate(async () => {
  const box = document.querySelector('input[id^="done-facebook"]');
  const times = [];
  for (let i = 0; i < 41; i++) {
    const t0 = performance.now();
    box.click();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
});
report.regenerate_in_browser_ms = { median: +runs[20].toFixed(2), p90: +runs[36].toFixed(2), runs: runs.length, what: '5 services, 3 reasons: every text regenerated and the plan repainted' };
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
console.log(`
first visit      ${kb(size.firstVisit.gzip)} gzip, ${kb(size.firstVisit.brotli)} brotli (wasm ${kb(size.byKind.wasm.gzip)} gzip)
lighthouse       mobile ${report.lighthouse.mobile.score} (FCP ${report.lighthouse.mobile.fcp_ms} ms, LCP ${report.lighthouse.mobile.lcp_ms} ms, TBT ${report.lighthouse.mobile.tbt_ms} ms, ${kb(report.lighthouse.mobile.total_bytes)})
                 desktop ${report.lighthouse.desktop.score} (FCP ${report.lighthouse.desktop.fcp_ms} ms, LCP ${report.lighthouse.desktop.lcp_ms} ms, TBT ${report.lighthouse.desktop.tbt_ms} ms)
regenerate       browser median ${report.regenerate_in_browser_ms.median} ms (p90 ${report.regenerate_in_browser_ms.p90} ms); native median ${report.regenerate_native_us.median_us} µs
memory           JS heap ${kb(report.memory_after_journey.js_heap_bytes ?? 0)}, wasm ${kb(report.memory_after_journey.wasm_memory_bytes ?? 0)}
written to target/perf-report.json`);
