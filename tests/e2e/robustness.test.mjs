// Bad input never breaks the app: huge and hostile text, broken or blocked storage, no clipboard,
// odd addresses, no WebAssembly. Each case: a clear message, nothing lost, no markup injected.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DESKTOP, PHONE, openPage, shared } from './lib.mjs';
import { App, exact, fill, name } from './app.mjs';

const env = shared();

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script> שלום \u202Eabc\u200B 👩‍💻';

test('100 000 characters and markup in every field: kept, escaped, letters still made', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.origin, DESKTOP);
  const app = new App(page, 'de');
  const t = app.t;
  await page.goto(env.server.url + '#/de/start');
  await app.ready();
  await app.choose('whatsapp');
  await app.nextButton(1).click();
  const huge = 'Ä'.repeat(100_000);
  await app.field('name').fill(HOSTILE);
  await app.fold(t.reasons_more);
  await app.field('own_words').fill(huge);
  await page.getByText(/100000/).first().waitFor();
  await page.getByRole('button', { name: t.to_plan }).click();
  // WhatsApp takes the text in its web form; the postal letter (with the name on top) is folded.
  await app.fold(t.letter_instead, app.card('whatsapp'));
  const letter = page.locator('#whatsapp-objection-text');
  await letter.waitFor();
  const text = await letter.textContent();
  assert.ok(text.includes('‹img src=x'), 'markup is shown as harmless text');
  assert.ok(text.includes('Ä'.repeat(1000)), 'the long text is in the letter');
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no script ran');
  assert.equal(await page.locator('#main img, #main script').count(), 0, 'no element was injected');
  // Going back keeps what was typed.
  await page.getByRole('button', { name: t.back, exact: true }).click();
  await app.fold(t.reasons_more);
  assert.equal((await app.field('own_words').inputValue()).length, 100_000);
  assert.deepEqual(problems, []);
  await context.close();
});

test('un-choosing a service by mistake loses nothing of its details', async () => {
  const { page, context } = await openPage(env.browser, env.server.origin, PHONE);
  const app = new App(page, 'de');
  const t = app.t;
  await page.goto(env.server.url + '#/de/start');
  await app.ready();
  await app.choose('slack');
  await app.nextButton(1).click();
  await app.type(app.field('workspace'), 'firma.slack.com');
  await page.getByRole('button', { name: t.back, exact: true }).click();
  await app.service('slack').uncheck();
  await app.service('slack').check();
  await app.nextButton(1).click();
  assert.equal(await app.field('workspace').inputValue(), 'firma.slack.com');
  await context.close();
});

test('a damaged save is kept aside with a message and can be exported; the app starts afresh', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.origin, DESKTOP);
  const app = new App(page, 'de');
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seen')) {
      sessionStorage.setItem('seen', '1');
      localStorage.setItem('ki-widerspruch', 'kiw2:zz<script>');
    }
  });
  await page.goto(env.server.url + '#/de/start');
  await app.ready();
  await page.getByRole('status').filter({ hasText: app.t.storage_corrupt }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('ki-widerspruch-unreadable')), 'kiw2:zz<script>', 'kept, not deleted');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: app.t.export_unreadable }).click();
  const chunks = [];
  for await (const c of await (await download).createReadStream()) chunks.push(c);
  assert.equal(Buffer.concat(chunks).toString('utf8'), 'kiw2:zz<script>');
  await app.choose('instagram');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a save of the first released format (kiw1) is upgraded with everything in it', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.origin, DESKTOP);
  const { readFileSync } = await import('node:fs');
  const v1 = readFileSync(new URL('../../core/tests/saved/v1.txt', import.meta.url), 'utf8').trim();
  await page.addInitScript((v) => {
    if (!sessionStorage.getItem('seen')) {
      sessionStorage.setItem('seen', '1');
      localStorage.setItem('ki-widerspruch', v);
    }
  }, v1);
  const app = new App(page, 'en');
  await page.goto(env.server.url + '#/en/plan');
  await app.card('facebook').waitFor();
  const letter = await page.locator('#facebook-objection-text').textContent();
  assert.match(letter, /Maria Huber/);
  assert.match(letter, /maria\.huber\.5/);
  assert.equal(await app.tick('facebook').isChecked(), true, 'the tick of version 1 is kept');
  assert.deepEqual(problems, []);
  await context.close();
});

test('storage that throws: remembering says so, everything else works', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.origin, DESKTOP);
  const app = new App(page, 'de');
  await page.addInitScript(() => {
    for (const key of ['localStorage', 'sessionStorage']) {
      Object.defineProperty(window, key, { get() { throw new DOMException('blocked', 'SecurityError'); } });
    }
  });
  await page.goto(env.server.url + '#/de/start');
  await app.ready();
  await page.getByRole('status').filter({ hasText: app.t.storage_blocked }).waitFor();
  await app.choose('instagram');
  await app.nextButton(1).click();
  await app.heading().filter({ hasText: exact(app.t.about_title) }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('no clipboard API: the copy button selects the text and explains', async () => {
  const { page, context } = await openPage(env.browser, env.server.origin, DESKTOP);
  const app = new App(page, 'de');
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
  });
  await page.goto(env.server.url + '#/de/plan/tiktok');
  const card = app.card('tiktok');
  await card.getByRole('button', { name: new RegExp('^' + app.t.copy) }).first().click();
  await card.getByRole('status').filter({ hasText: app.t.copy_failed }).first().waitFor();
  const selected = await page.evaluate(() => window.getSelection().toString() || document.activeElement?.value || '');
  assert.ok(selected.length > 100, 'the letter text is selected for copying by hand');
  await context.close();
});

test('odd addresses and parameters are ignored, each on a fresh page', async () => {
  const cases = [
    ['#/xx/plan', 'start_title'],
    ['#/de/<script>alert(1)</script>', 'start_title'],
    ['?lang=<b>x</b>&foo#/de/%zz', 'start_title'],
    ['#' + 'a/'.repeat(500), 'start_title'],
    ['#/de/plan/../../etc', 'plan_title'],
  ];
  for (const [suffix, key] of cases) {
    const { page, context, problems, foreign } = await openPage(env.browser, env.server.origin, DESKTOP);
    const app = new App(page, 'de');
    await page.goto(env.server.url + suffix);
    await app.ready();
    assert.equal(await app.heading().textContent(), app.t[key], suffix);
    assert.equal(await page.evaluate(() => window.__pwned), undefined, suffix);
    assert.deepEqual(problems, [], suffix);
    assert.deepEqual(foreign(), [], suffix);
    await context.close();
  }
});

test('services that the data does not know are dropped, not kept', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.origin, DESKTOP);
  const app = new App(page, 'de');
  // An old link or a typo on a host page: one unknown, one known service.
  await page.goto(env.server.url + '?services=gibtesnicht,instagram#/de/plan/auchnicht');
  await app.card('instagram').waitFor();
  assert.equal(await page.locator('article.card').count(), 1, 'only the known service has a card');
  await page.getByRole('status').filter({ hasText: fill(app.t.progress, 0, 1) }).waitFor();
  // The plan shows cards only for known services, so look at the choice itself: back on the
  // start step, the next button counts one chosen service, not three.
  await app.goto('start');
  await app.heading().filter({ hasText: exact(app.t.start_title) }).waitFor();
  assert.equal(await app.nextButton(1).count(), 1, 'the choice holds the known service only');
  assert.deepEqual(problems, []);
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
  // The static first screen's step list and menu need the app: not shown without it.
  assert.equal(await page.locator('#app .steps').isVisible(), false);
  assert.equal(await page.locator('#app header details.menu:not(.lang-menu)').isVisible(), false);
  assert.ok(await page.locator('#app .lang-menu').isVisible(), 'the language menu (plain links) stays');
  assert.deepEqual(foreign(), []);
  await context.close();
});

test('printing: the plan shows the address of every link; a letter prints on one or two A4 pages', async () => {
  const { page, context } = await openPage(env.browser, env.server.origin, DESKTOP);
  const app = new App(page, 'de');
  await page.goto(env.server.url + '#/de/plan/linkedin');
  const card = app.card('linkedin');
  await card.waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.site-header').isVisible(), false);
  assert.equal(await page.locator('.sticky-next').isVisible(), false);
  const after = await card.getByRole('link', { name: new RegExp(app.t.open_setting) }).evaluate((a) => getComputedStyle(a, '::after').content);
  assert.match(after, /https:\/\/www\.linkedin\.com/, 'printed links show where they go');
  await page.emulateMedia({ media: 'screen' });

  // The letter's own print: exactly its pages, with the page margins of the print stylesheet.
  await app.fold(app.t.more_help, card);
  await app.fold(app.t.letter_instead, card);
  await page.evaluate(() => (window.print = () => {}));
  await card.getByRole('button', { name: app.t.print_letter }).click();
  assert.equal(await page.locator('#print-root .print-letter').count(), 1);
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
  const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.ok(pages >= 1 && pages <= 2, `the letter prints on ${pages} pages`);
  assert.match(name('linkedin', 'de'), /LinkedIn/);
  await context.close();
});

test('a name typed on the plan is in the letter the moment the copy button is tapped, and survives a reload at once', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.origin, PHONE);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
  const app = new App(page, 'de');
  const t = app.t;
  await page.goto(env.server.url + '#/de/start');
  await app.ready();
  await app.choose('whatsapp');
  await app.tap(app.nextButton(1));
  await app.heading().filter({ hasText: exact(t.about_title) }).waitFor();
  await page.getByLabel(t.country, { exact: true }).selectOption('AT');
  await app.tap(page.getByRole('button', { name: t.to_plan, exact: true }));
  const card = app.card('whatsapp');
  await app.fold(t.letter_details, card);
  const field = card.getByLabel(t.name, { exact: true });
  await app.type(field, 'Lea Sofortig');
  // Straight to the copy button, no pause: the copied letter has the name.
  await app.tap(card.getByRole('button', { name: new RegExp('^' + fill(t.label_value, t.copy, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).first());
  await card.getByRole('status').filter({ hasText: t.copied }).first().waitFor();
  assert.ok((await page.evaluate(() => navigator.clipboard.readText())).includes('Lea Sofortig'));
  // Typed, then the page reloads at once: nothing lost.
  await field.click();
  await field.press('End');
  await field.pressSequentially(' X');
  await page.reload();
  await app.card('whatsapp').waitFor();
  await app.fold(t.letter_details, app.card('whatsapp'));
  assert.equal(await app.card('whatsapp').getByLabel(t.name, { exact: true }).inputValue(), 'Lea Sofortig X');
  assert.deepEqual(problems, []);
  await context.close();
});
