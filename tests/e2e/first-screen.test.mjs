// The static first screen stays until the app can show the same step, then the app takes its
// place in one step: the largest paint is the static one and nothing on the page moves. (The
// browser's own records are checked, not times: CPU slowdown only makes the app arrive late.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PHONE, openPage, shared } from './lib.mjs';
import { App, exact } from './app.mjs';

const env = shared();

// A language's own page in a browser of that language. (On `/`, which is German, a browser in
// another language gets the app in its language: that text is another paint.)
for (const [locale, path] of [['de-DE', ''], ['fr-FR', 'fr.html'], ['pl-PL', 'pl.html']]) {
  test(`the first paint stays and nothing shifts when the app arrives (/${path}, ${locale} browser)`, async () => {
    const { page, context, problems } = await openPage(env.browser, env.server.origin, { ...PHONE, locale });
    await page.addInitScript(() => {
      window.__lcp = [];
      window.__shifts = [];
      new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__lcp.push({ size: e.size, tag: e.element?.className ?? null }))).observe({ type: 'largest-contentful-paint', buffered: true });
      new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__shifts.push(e.value))).observe({ type: 'layout-shift', buffered: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(env.server.url + path);
    const app = new App(page, locale.slice(0, 2));
    await app.ready();
    await app.heading().filter({ hasText: exact(app.t.start_title) }).waitFor();
    // The app is on screen, in the browser's language, once.
    assert.equal(await page.locator('#app').count(), 1);
    assert.equal(await page.locator('#app-live').count(), 0);
    const { lcp, shifts } = await page.evaluate(() => ({ lcp: window.__lcp, shifts: window.__shifts }));
    assert.deepEqual(shifts, [], 'layout shifts while the app arrived');
    assert.equal(lcp.length, 1, `one largest paint, the static one: ${JSON.stringify(lcp)}`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
