// Bad input never breaks the app: huge and hostile text, broken or blocked storage, no clipboard,
// odd addresses, no WebAssembly. Each case: a clear message, nothing lost, no markup injected.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DESKTOP, openPage, ready, shared } from './lib.mjs';

const env = shared();

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script> שלום \u202Eabc\u200B 👩‍💻';

test('100 000 characters and markup in every field: kept, escaped, letters still made', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.origin, DESKTOP);
  await page.goto(env.server.url + '#/de/start');
  await ready(page);
  await page.getByRole('checkbox', { name: 'Facebook' }).check();
  await page.getByRole('button', { name: 'Weiter', exact: true }).click();
  const huge = 'Ä'.repeat(100_000);
  await page.getByLabel('Benutzername oder Profil-Link').fill(HOSTILE);
  await page.getByLabel('E-Mail-Adresse dieses Kontos').fill(huge);
  await page.getByRole('button', { name: 'Weiter', exact: true }).click();
  await page.getByLabel('Ihr Name').fill(HOSTILE);
  await page.getByLabel('In eigenen Worten (freiwillig)').fill(huge);
  await page.getByText('100000 Zeichen').first().waitFor();
  await page.getByRole('button', { name: 'Weiter', exact: true }).click();
  const letter = page.locator('#facebook-objection-text');
  await letter.waitFor();
  const text = await letter.textContent();
  assert.ok(text.includes('‹img src=x'), 'markup is shown as harmless text');
  assert.ok(text.includes('Ä'.repeat(1000)), 'the long text is in the letter');
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no script ran');
  assert.equal(await page.locator('#main img, #main script').count(), 0, 'no element was injected');
  // Going back keeps what was typed.
  await page.getByRole('button', { name: 'Zurück' }).click();
  assert.equal((await page.getByLabel('In eigenen Worten (freiwillig)').inputValue()).length, 100_000);
  assert.deepEqual(problems, []);
  await context.close();
});

test('corrupt saved data: a clear message, and the app starts afresh', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.origin, DESKTOP);
  await page.addInitScript(() => localStorage.setItem('ki-widerspruch', 'kiw1:zz<script>'));
  await page.goto(env.server.url + '#/de/start');
  await ready(page);
  await page.getByRole('status').filter({ hasText: 'beschädigt' }).waitFor();
  await page.getByRole('checkbox', { name: 'Instagram' }).check();
  assert.deepEqual(problems, []);
  await context.close();
});

test('storage that throws: remembering says so, everything else works', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.origin, DESKTOP);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  await page.goto(env.server.url + '#/de/start');
  await ready(page);
  await page.getByRole('status').filter({ hasText: 'erlaubt kein Speichern' }).waitFor();
  await page.getByRole('checkbox', { name: 'Auf diesem Gerät merken' }).check();
  await page.getByRole('checkbox', { name: 'Instagram' }).check();
  await page.getByRole('button', { name: 'Weiter', exact: true }).click();
  await page.locator('#step-heading').filter({ hasText: 'Ihre Konten' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('no clipboard API: the copy button selects the text and explains', async () => {
  const { page, context } = await openPage(env.browser, env.server.origin, DESKTOP);
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
  });
  await page.goto(env.server.url + '#/de/start');
  await ready(page);
  await page.getByRole('checkbox', { name: 'TikTok' }).check();
  await page.goto(env.server.url + '#/de/plan');
  const card = page.getByRole('article', { name: 'TikTok' });
  await card.getByRole('button', { name: /^Kopieren/ }).first().click();
  await card.getByRole('status').filter({ hasText: 'Strg+C' }).first().waitFor();
  const selected = await page.evaluate(() => window.getSelection().toString() || document.activeElement?.value || '');
  assert.ok(selected.length > 100, 'the letter text is selected for copying by hand');
  await context.close();
});

test('odd addresses and parameters are ignored', async () => {
  const { page, context, problems, foreign } = await openPage(env.browser, env.server.origin, DESKTOP);
  for (const suffix of ['#/xx/plan', '#/de/<script>alert(1)</script>', '?lang=<b>x</b>&foo#/de/%zz', '#' + 'a/'.repeat(500), '#/en/plan/../../etc']) {
    await page.goto(env.server.url + suffix);
    await ready(page);
    assert.ok((await page.locator('#step-heading').textContent()).length > 0, suffix);
  }
  // A service the data does not know (old link, typo on a host page) is dropped, not kept.
  await page.goto(env.server.url + '?services=gibtesnicht#/de/plan/auchnicht');
  await ready(page);
  await page.goto(env.server.url + '#/de/start');
  await page.getByRole('button', { name: 'Weiter', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: 'mindestens einen Dienst' }).waitFor();
  assert.deepEqual(problems, []);
  assert.deepEqual(foreign(), []);
  await context.close();
});

test('a browser without WebAssembly gets the direct links instead', async () => {
  const { page, context, foreign } = await openPage(env.browser, env.server.origin, DESKTOP);
  await page.addInitScript(() => {
    delete window.WebAssembly;
  });
  await page.goto(env.server.url);
  await page.locator('#no-wasm').waitFor();
  const links = page.locator('#no-wasm a');
  assert.ok((await links.count()) >= 10, 'links to the forms are listed');
  assert.match(await page.locator('#no-wasm').textContent(), /WebAssembly/);
  assert.deepEqual(foreign(), []);
  await context.close();
});

test('print view of the plan hides the controls and shows the texts', async () => {
  const { page, context } = await openPage(env.browser, env.server.origin, DESKTOP);
  await page.goto(env.server.url + '#/de/start');
  await ready(page);
  await page.getByRole('checkbox', { name: 'LinkedIn' }).check();
  await page.goto(env.server.url + '#/de/plan');
  await page.locator('#linkedin-objection-text').waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.site-header').isVisible(), false);
  assert.equal(await page.locator('.step-buttons').isVisible(), false);
  assert.equal(await page.locator('#linkedin-objection-text').isVisible(), true);
  await context.close();
});
