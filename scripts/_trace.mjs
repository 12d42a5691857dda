// Temporary: main-thread long tasks of a first visit at 4x CPU slowdown, with lazy wasm compile time.
import { serve, launch } from '../tests/e2e/lib.mjs';
const server = await serve({ gzip: true });
const browser = await launch();
const runs = +(process.argv[2] ?? 3);
const all = [];
for (let i = 0; i < runs; i++) {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'de-DE' });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink.console,v8.wasm,disabled-by-default-v8.wasm.detailed', transferMode: 'ReportEvents' });
  await page.goto(server.url);
  await page.waitForFunction(() => document.querySelector('#app input[type=checkbox], #app .tile'), null, { timeout: 20000 });
  await page.waitForTimeout(1200);
  await cdp.send('Tracing.end');
  await done;
  const t0 = Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
  const tasks = events.filter((e) => e.name === 'RunTask' && e.dur > 50000);
  let tbt = 0;
  const line = tasks.map((t) => {
    const lazy = events.filter((e) => e.tid === t.tid && e.name === 'wasm.CompileLazy' && e.ts >= t.ts && e.ts < t.ts + t.dur).reduce((a, e) => a + (e.dur ?? 0), 0);
    tbt += t.dur / 1000 - 50;
    return `${((t.ts - t0) / 1000).toFixed(0)}:${(t.dur / 1000).toFixed(0)}ms(lazy ${(lazy / 1000).toFixed(0)})`;
  });
  const lazyAll = events.filter((e) => e.name === 'wasm.CompileLazy').reduce((a, e) => a + (e.dur ?? 0), 0) / 1000;
  console.log(`run ${i}: blocking ${tbt.toFixed(0)} ms; lazy compile total ${lazyAll.toFixed(0)} ms; tasks ${line.join(' ')}`);
  all.push(tbt);
  await ctx.close();
}
console.log('median blocking', all.sort((a, b) => a - b)[Math.floor(all.length / 2)].toFixed(0));
await browser.close(); await server.close(); process.exit(0);
