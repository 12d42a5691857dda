// Nothing personal leaves the browser: no request to another origin, no cookies, nothing in
// local storage without consent, work in progress only in this tab's session storage (gone with
// the tab), nothing personal in the URL or title, no Content-Security-Policy violation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PHONE, openPage, shared, storedText } from './lib.mjs';
import { App } from './app.mjs';

const env = shared();

const SECRET = 'Geheim-Muster-4711';

async function journey(app) {
  const page = app.page;
  await app.choose('facebook', 'meta-no-account');
  await app.nextButton(2).click();
  await app.type(app.field('name'), SECRET);
  await app.type(app.field('email'), `${SECRET}@example.org`);
  await app.fold(app.t.reasons_more);
  await app.type(app.field('own_words'), `${SECRET} situation`);
  await app.field('country').selectOption('AT');
  await page.getByRole('button', { name: app.t.to_plan }).click();
  await app.card('facebook').waitFor();
}

const storage = (page) =>
  page.evaluate(() => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
  }));

test('a full journey makes no request to another origin; only this tab keeps the work in progress', async () => {
  const { page, context, requests, foreign, csp, problems } = await openPage(env.browser, env.server.origin, PHONE);
  const app = new App(page, 'de');
  const urls = [];
  page.on('framenavigated', (f) => urls.push(f.url()));
  await page.goto(env.server.url);
  await app.ready();
  const loaded = requests.length;
  await journey(app);

  assert.deepEqual(foreign(), [], 'requests to other origins');
  // After the start, the only requests are the site's own static files: the full data file of
  // the language (once), the icon and the service worker — never with anything in the address.
  const later = requests.slice(loaded).map((u) => new URL(u));
  const names = later.map((u) => u.pathname.split('/').pop());
  assert.ok(names.every((f) => /^(data-de-[0-9a-f]{16}\.json|icon-192\.png|sw\.js)$/.test(f)), `requests while typing: ${names}`);
  assert.equal(names.filter((f) => f.startsWith('data-')).length, 1, 'the data file is fetched once');
  assert.ok(later.every((u) => u.search === '' && u.hash === ''), 'no request carries parameters');
  assert.deepEqual(await csp(), [], 'Content-Security-Policy violations');
  assert.deepEqual(await context.cookies(), [], 'cookies');
  // Without consent: nothing on the device, one documented entry in this tab's session storage.
  assert.deepEqual(await storage(page), { local: [], session: ['ki-widerspruch'] });
  for (const u of [...urls, page.url()]) assert.ok(!u.includes(SECRET) && !u.includes('example.org'), `personal data in URL ${u}`);
  assert.ok(!(await page.title()).includes(SECRET), 'personal data in the title');

  // A reload (or a tab the phone discarded) keeps everything typed.
  await page.reload();
  await app.card('facebook').waitFor();
  assert.match(await page.locator('#facebook-objection-text').textContent(), new RegExp(SECRET));

  // Another tab, as after closing this one: the work in progress is gone.
  const other = await context.newPage();
  await other.goto(env.server.url + '#/de/plan');
  await new App(other, 'de').ready();
  assert.deepEqual(await storage(other), { local: [], session: ['ki-widerspruch'] });
  assert.doesNotMatch(await other.locator('main').textContent(), new RegExp(SECRET));
  assert.deepEqual(problems, []);
  await context.close();
});

test('the page carries a strict Content-Security-Policy and no inline script', async () => {
  const { page, context } = await openPage(env.browser, env.server.origin);
  await page.goto(env.server.url);
  await new App(page).ready();
  const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(policy, /default-src 'none'/);
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'|https?:/);
  const inline = await page.evaluate(() => [...document.scripts].filter((s) => !s.src).length);
  assert.equal(inline, 0);
  await context.close();
});

test('remember on this device survives a reload; forget everything asks, can be undone, then clears', async () => {
  const { page, context, foreign } = await openPage(env.browser, env.server.origin, PHONE);
  const app = new App(page, 'de');
  const t = app.t;
  await page.goto(env.server.url);
  await app.ready();
  await app.fold(t.menu);
  await page.getByRole('checkbox', { name: t.remember }).check();
  await journey(app);
  assert.deepEqual(await storage(page), { local: ['ki-widerspruch'], session: [] }, 'one copy, on the device');
  // The saved copy is encoded: storedText decodes it, so the checks below can see what was typed.
  assert.match(await storedText(page), new RegExp(SECRET), 'what was typed is readable in the decoded save');
  await page.reload();
  await app.card('facebook').waitFor();
  assert.match(await page.locator('#facebook-objection-text').textContent(), new RegExp(SECRET));

  await app.fold(t.menu);
  await page.getByRole('button', { name: t.forget, exact: true }).click();
  // Nothing is deleted before the person confirms.
  assert.deepEqual(await storage(page), { local: ['ki-widerspruch'], session: [] });
  await page.getByText(t.forget_confirm).waitFor();
  await page.getByRole('button', { name: t.forget_yes }).click();
  await page.getByRole('status').filter({ hasText: t.forgotten }).waitFor();
  await page.getByRole('button', { name: t.undo }).click();
  await page.getByRole('status').filter({ hasText: t.restored }).waitFor();
  await app.goto('plan');
  assert.match(await page.locator('#facebook-objection-text').textContent(), new RegExp(SECRET), 'undo brings it all back');
  assert.deepEqual(await storage(page), { local: ['ki-widerspruch'], session: [] });

  await app.fold(t.menu);
  await page.getByRole('button', { name: t.forget, exact: true }).click();
  await page.getByRole('button', { name: t.forget_yes }).click();
  await page.getByRole('status').filter({ hasText: t.forgotten }).waitFor();
  await page.reload();
  await app.ready();
  const left = await storage(page);
  assert.deepEqual(left.local, []);
  assert.doesNotMatch(await storedText(page), new RegExp(SECRET), 'nothing typed is left in storage');
  await app.fold(t.menu);
  assert.equal(await page.getByRole('checkbox', { name: t.remember }).isChecked(), false);
  assert.deepEqual(foreign(), []);
  await context.close();
});
