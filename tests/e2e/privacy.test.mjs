// Nothing personal leaves the browser: no request to another origin, no cookies, no storage
// without consent, nothing personal in the URL or title, no Content-Security-Policy violation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PHONE, openPage, ready, shared } from './lib.mjs';

const env = shared();

const SECRET = 'Geheim-Muster-4711';

async function journey(page) {
  await page.getByRole('checkbox', { name: 'Facebook' }).check();
  await page.getByRole('checkbox', { name: 'Meta: ohne eigenes Konto' }).check();
  await page.getByRole('button', { name: 'Weiter', exact: true }).click();
  await page.getByLabel('Benutzername oder Profil-Link').fill(SECRET);
  await page.getByLabel('E-Mail-Adresse dieses Kontos').fill(`${SECRET}@example.org`);
  await page.getByRole('button', { name: 'Weiter', exact: true }).click();
  await page.getByLabel('Ihr Name').fill(SECRET);
  await page.getByLabel('In eigenen Worten (freiwillig)').fill(`${SECRET} situation`);
  await page.getByLabel('Wo wohnen Sie?').selectOption('AT');
  await page.getByRole('button', { name: 'Weiter', exact: true }).click();
  await page.locator('#facebook-objection-text').waitFor();
}

test('a full journey makes no request to another origin and leaves nothing behind', async () => {
  const { page, context, requests, foreign, csp, problems } = await openPage(env.browser, env.server.origin, PHONE);
  const urls = [];
  page.on('framenavigated', (f) => urls.push(f.url()));
  await page.goto(env.server.url);
  await ready(page);
  const loaded = requests.length;
  await journey(page);

  assert.deepEqual(foreign(), [], 'requests to other origins');
  // After the start, the only requests are the site's own static files: the full data file of
  // the language (once), the icon and the service worker — never with anything in the address.
  const later = requests.slice(loaded).map((u) => new URL(u));
  const names = later.map((u) => u.pathname.split('/').pop());
  assert.ok(names.every((f) => /^(data-de-[0-9a-f]{16}\.bin|icon-192\.png|sw\.js)$/.test(f)), `requests while typing: ${names}`);
  assert.equal(names.filter((f) => f.startsWith('data-')).length, 1, 'the data file is fetched once');
  assert.ok(later.every((u) => u.search === '' && u.hash === ''), 'no request carries parameters');
  assert.deepEqual(await csp(), [], 'Content-Security-Policy violations');
  assert.deepEqual(await context.cookies(), [], 'cookies');
  assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0, 'storage without consent');
  for (const u of [...urls, page.url()]) assert.ok(!u.includes(SECRET) && !u.includes('example.org'), `personal data in URL ${u}`);
  assert.ok(!(await page.title()).includes(SECRET), 'personal data in the title');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the page carries a strict Content-Security-Policy and no inline script', async () => {
  const { page, context } = await openPage(env.browser, env.server.origin);
  await page.goto(env.server.url);
  await ready(page);
  const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(policy, /default-src 'none'/);
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'|https?:/);
  const inline = await page.evaluate(() => [...document.scripts].filter((s) => !s.src).length);
  assert.equal(inline, 0);
  await context.close();
});

test('remember on this device survives a reload; forget everything clears it', async () => {
  const { page, context, foreign } = await openPage(env.browser, env.server.origin, PHONE);
  await page.goto(env.server.url);
  await ready(page);
  await page.getByRole('checkbox', { name: 'Auf diesem Gerät merken' }).check();
  await journey(page);
  assert.equal(await page.evaluate(() => localStorage.length), 1);
  await page.reload();
  await ready(page);
  assert.match(await page.locator('#facebook-objection-text').textContent(), new RegExp(SECRET));

  await page.getByRole('button', { name: 'Alles vergessen' }).click();
  await page.getByRole('status').filter({ hasText: 'Alles gelöscht' }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  await page.reload();
  await ready(page);
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  assert.equal(await page.getByRole('checkbox', { name: 'Auf diesem Gerät merken' }).isChecked(), false);
  assert.deepEqual(foreign(), []);
  await context.close();
});
