// Once opened, the tool works without a connection (service worker), and can be installed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, ready, DESKTOP } from './lib.mjs';
import { T, name } from './app.mjs';

let server, browser;
before(async () => {
  server = await serve({ prefix: '/ki-widerspruch/' });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('after the first visit the tool works offline, under a sub-path', async () => {
  const { page, context, foreign } = await openPage(browser, server.origin, DESKTOP);
  await page.goto(server.url + '#/de/start');
  await ready(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  // The app and the data of this page's language are kept; no other language's data.
  const kept = await page.evaluate(async () => {
    const cache = await caches.open((await caches.keys()).find((k) => k.startsWith('kiw-')));
    return (await cache.keys()).map((r) => new URL(r.url).pathname.split('/').pop());
  });
  const data = kept.filter((f) => /^(index|data)-[a-z]{2}-/.test(f));
  assert.deepEqual(data.map((f) => f.slice(0, f.indexOf('-', 6))).sort(), ['data-de', 'index-de'], kept.join(' '));
  assert.ok(kept.some((f) => f.endsWith('.wasm')), 'the app itself');
  const manifest = await page.evaluate(async () => (await fetch(document.querySelector('link[rel=manifest]').href)).json());
  assert.equal(manifest.start_url, './');
  assert.ok(manifest.icons.some((i) => i.sizes === '512x512'));

  await context.setOffline(true);
  await page.reload();
  await ready(page);
  const de = T('de');
  await page.getByRole('checkbox', { name: name('instagram', 'de'), exact: true }).check();
  await page.getByRole('button', { name: de.next_with_one, exact: true }).click();
  await page.getByRole('button', { name: de.to_plan, exact: true }).click();
  await page.locator('#card-instagram').waitFor();
  const cached = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('kiw-')).length);
  assert.equal(cached, 1, 'exactly one versioned cache');
  assert.deepEqual(foreign(), []);
  await context.close();
});
