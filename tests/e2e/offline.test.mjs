// Once opened, the tool works without a connection (service worker), and can be installed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, ready, DESKTOP } from './lib.mjs';

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
  const manifest = await page.evaluate(async () => (await fetch(document.querySelector('link[rel=manifest]').href)).json());
  assert.equal(manifest.start_url, './');
  assert.ok(manifest.icons.some((i) => i.sizes === '512x512'));

  await context.setOffline(true);
  await page.reload();
  await ready(page);
  await page.getByRole('checkbox', { name: 'Instagram' }).check();
  await page.getByRole('button', { name: 'Weiter', exact: true }).click();
  await page.getByRole('button', { name: 'Weiter', exact: true }).click();
  await page.getByRole('button', { name: 'Weiter', exact: true }).click();
  await page.locator('#instagram-objection-text').waitFor();
  const cached = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('kiw-')).length);
  assert.equal(cached, 1, 'exactly one versioned cache');
  assert.deepEqual(foreign(), []);
  await context.close();
});
