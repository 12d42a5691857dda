// The static first screen stays until the app can show the same step, then the app takes its
// place in one step: the largest paint is the static one and nothing on the page moves. (The
// browser's own records are checked, not times: CPU slowdown only makes the app arrive late.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PHONE, openPage, shared } from './lib.mjs';
import { App, exact, fill } from './app.mjs';

const env = shared();

// A language's own page in a browser of that language. (On `/`, which is German, a browser in
// another language gets the app in its language: that text is another paint.)
for (const [locale, path] of [['de-DE', ''], ['fr-FR', 'fr.html'], ['pl-PL', 'pl.html']]) {
  test(`the first paint stays and nothing shifts when the app arrives (/${path}, ${locale} browser)`, async () => {
    const { page, context, problems, requests } = await openPage(env.browser, env.server.origin, { ...PHONE, locale });
    await page.addInitScript(() => {
      window.__lcp = [];
      window.__shifts = [];
      // Where the first screen's parts are: the static screen's, then the app's, must agree.
      window.__places = () =>
        Object.fromEntries(
          ['.app-name', '.lang-menu summary', 'header details:not(.lang-menu) summary', '.steps', 'h1', '.lead'].map((sel) => {
            const b = document.querySelector(`#app ${sel}`)?.getBoundingClientRect();
            return [sel, b ? [b.left, b.top, b.width, b.height].map(Math.round) : null];
          }),
        );
      // When the app begins to build its screen beside the static one, and when it takes the
      // static screen's place (the app's elements are hidden until then, so cannot paint).
      new MutationObserver((_, o) => {
        const live = document.getElementById('app-live');
        if (live && !window.__appStart) {
          window.__appStart = performance.now();
          window.__staticPlaces = window.__places();
        }
        if (!live && window.__appStart) {
          window.__tookOver = performance.now();
          o.disconnect();
        }
      }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['id'] });
      new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__lcp.push(e))).observe({ type: 'largest-contentful-paint', buffered: true });
      new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__shifts.push({ value: e.value, at: e.startTime }))).observe({ type: 'layout-shift', buffered: true });
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
    const { lcp, shifts, appStart, tookOver, staticPlaces, appPlaces } = await page.evaluate(() => ({
      lcp: window.__lcp.map((e) => ({ size: e.size, at: e.startTime })),
      shifts: window.__shifts,
      appStart: window.__appStart,
      tookOver: window.__tookOver,
      staticPlaces: window.__staticPlaces,
      appPlaces: window.__places(),
    }));
    // The app's first screen puts every part where the static one had it (a swap of elements
    // is no layout shift to the browser, so the places are compared).
    assert.ok(Object.values(staticPlaces).every((p) => p !== null), `static screen: ${JSON.stringify(staticPlaces)}`);
    assert.deepEqual(appPlaces, staticPlaces);
    assert.ok(appStart > 0 && tookOver > appStart, 'the app started beside the static screen, then took its place');
    // Nothing moves once the app is on its way (a slow machine may paint the static screen in
    // two frames before that; the app is not involved then).
    assert.deepEqual(shifts.filter((s) => s.at >= appStart), [], `layout shifts while the app arrived: ${JSON.stringify(shifts)}`);
    // Every largest paint is the static screen's, painted before the app took over: the app's
    // copy of the same text never becomes one.
    assert.ok(lcp.length >= 1 && lcp.every((e) => e.at < tookOver), `largest paints, all before the app took over at ${tookOver}: ${JSON.stringify(lcp)}`);
    // The page's start data, which it preloads while the app loads, is fetched once: the app
    // takes the preloaded copy.
    const lang = locale.slice(0, 2);
    const starts = requests.filter((u) => new RegExp(`/index-${lang}-[0-9a-f]+\\.json$`).test(u));
    assert.equal(starts.length, 1, `start data requests: ${JSON.stringify(requests)}`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

// The start index carries only the first screen's words (START_KEYS in core/src/ui_text.rs);
// the rest arrives with the full data once a service is chosen. Until then the first screen must
// read exactly as it does with the full data: every word, label and the page title.
test('the first screen reads the same before and after the full data has loaded', async () => {
  // Without the service worker, which would fetch the data itself (past the hold below).
  const { page, context, problems } = await openPage(env.browser, env.server.origin, { ...PHONE, serviceWorkers: 'block' });
  let release;
  const held = new Promise((r) => (release = r));
  let asked;
  const askedFor = new Promise((r) => (asked = r));
  await page.route(/\/data-de-[0-9a-f]+\.json$/, async (route) => {
    asked();
    await held;
    await route.continue();
  });
  await page.goto(env.server.url);
  const app = new App(page, 'de');
  await app.ready();
  await app.choose('instagram', 'chatgpt');
  const words = () =>
    page.evaluate(() => {
      const root = document.getElementById('app');
      root.querySelectorAll('details').forEach((d) => (d.open = true));
      const labels = [...root.querySelectorAll('[aria-label], [title], [placeholder]')].map((e) =>
        ['aria-label', 'title', 'placeholder'].map((a) => e.getAttribute(a) ?? '').join('|'),
      );
      return [document.title, root.innerText, ...labels].join('\n');
    });
  // Choosing a service asks for the full data, which is held back here.
  await askedFor;
  const before = await words();
  assert.ok(before.includes(app.t.choose_services_hint) && before.includes(fill(app.t.next_with, 2)));
  release();
  // The next step needs the full data: once it shows, the full data is there.
  await app.nextButton(2).click();
  await app.heading().filter({ hasText: exact(app.t.about_title) }).waitFor();
  await page.goBack();
  await app.heading().filter({ hasText: exact(app.t.start_title) }).waitFor();
  assert.equal(await words(), before);
  assert.deepEqual(problems, []);
  await context.close();
});
