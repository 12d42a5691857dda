// Whole journeys as a person walks them: on a phone, typing key by key, finding everything by
// role and by the labels in data/ (tests/e2e/app.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { DESKTOP, PHONE, openPage, shared } from './lib.mjs';
import { App, accountLabel, platformData, reasonLabel, exact, fill, formLabel, name } from './app.mjs';

const env = shared();

// Screenshots of each step at phone size, for people to look at (not committed).
const SHOTS = new URL('../../test-results/screens/', import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });
const shot = (page, file) => page.screenshot({ path: SHOTS + file + '.png', fullPage: true });

async function downloaded(page, button) {
  const download = page.waitForEvent('download');
  await button.click();
  const d = await download;
  const chunks = [];
  for await (const c of await d.createReadStream()) chunks.push(c);
  return [d.suggestedFilename(), Buffer.concat(chunks).toString('utf8')];
}

test('German phone journey: four services, one e-mail typed key by key, every service in the record', async () => {
  const { page, context, foreign, problems } = await openPage(env.browser, env.server.origin, PHONE);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
  const app = new App(page, 'de');
  const t = app.t;
  await page.goto(env.server.url);
  await app.ready();
  assert.equal(await app.heading().textContent(), t.start_title);
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  await shot(page, '1-start');

  // "Next" without a choice explains what is missing.
  await page.getByRole('button', { name: t.next, exact: true }).click();
  await page.getByRole('alert').filter({ hasText: t.choose_one_first }).waitFor();

  await app.choose('instagram', 'facebook', 'linkedin', 'chatgpt');
  assert.equal(await app.service('instagram').isChecked(), true);
  await app.tap(app.nextButton(4));
  await app.heading().filter({ hasText: exact(t.about_title) }).waitFor();
  assert.equal(await app.heading().evaluate((h) => h === document.activeElement), true, 'focus moves to the new heading');
  // Only what the routes need: an e-mail for Meta's form; no name, no user names.
  assert.equal(await app.field('name').count(), 0, 'no name for forms and settings that do not ask for one');
  assert.equal(await page.getByLabel(t.username).count(), 0);

  // The blocker: a hint that appears must not rebuild the field while typing.
  const email = app.field('email');
  await app.type(email, 'anna@example');
  assert.equal(await email.inputValue(), 'anna@example', 'every key arrived');
  assert.equal(await email.evaluate((e) => e === document.activeElement), true, 'the field kept focus');
  await page.keyboard.press('Tab');
  await page.getByText(t.email_check).waitFor();
  assert.equal(await email.getAttribute('aria-invalid'), 'true');
  assert.match(await email.getAttribute('aria-describedby'), /email-msg/);
  await app.type(email, '.de');
  assert.equal(await email.inputValue(), 'anna@example.de');
  assert.equal(await email.evaluate((e) => e === document.activeElement), true, 'the field kept focus');
  await app.tap(page.getByRole('checkbox', { name: new RegExp(name('instagram', 'de')) }));
  assert.equal(await email.getAttribute('aria-invalid'), null, 'the hint goes once the address looks right');
  await shot(page, '2-details');
  // The phone keyboard's "go" key sends the form.
  await email.press('Enter');
  app.typed++;
  await app.heading().filter({ hasText: exact(t.plan_title) }).waitFor();
  await shot(page, '3-plan');

  // Instagram carries the objection for the linked Facebook account.
  const ig = app.card('instagram');
  assert.equal(await ig.getByRole('link', { name: new RegExp(t.open_form) }).count(), 1, 'a primary button opens the form');
  await app.tap(app.copyButton(ig, formLabel('instagram', 'email', 'de')));
  await ig.getByRole('status').filter({ hasText: t.copied }).first().waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'anna@example.de');
  await app.tap(app.tick('instagram'));
  await app.card('facebook').getByText(fill(t.covered_line, name('instagram', 'de'))).waitFor();
  // Settings-only services can be ticked too, with the day they were really done.
  await app.tap(app.tick('linkedin'));
  await app.tap(app.tick('chatgpt'));
  const date = page.getByLabel(new RegExp(t.done_date_label + '.*' + name('chatgpt', 'de')));
  await date.fill('2026-11-30');
  await page.getByRole('status').filter({ hasText: fill(t.progress, 4, 4) }).waitFor();
  await shot(page, '3b-plan-done');

  await app.tap(page.getByRole('button', { name: t.to_done, exact: true }));
  await app.heading().filter({ hasText: exact(t.done_title) }).waitFor();
  await page.getByText(fill(t.done_all, 4)).waitFor();
  // Facebook waits for no answer of its own: Instagram's objection covers it.
  const facebookLine = page.locator('.done-list li').filter({ hasText: name('facebook', 'de') });
  assert.ok((await facebookLine.textContent()).includes(fill(t.covered_line, name('instagram', 'de'))));
  await shot(page, '4-done');
  const [txtName, txt] = await downloaded(page, page.getByRole('button', { name: t.download_proof_txt }));
  assert.match(txtName, /\.txt$/);
  for (const id of ['instagram', 'facebook', 'linkedin', 'chatgpt']) assert.match(txt, new RegExp(name(id, 'de')));
  assert.match(txt, new RegExp(fill(t.record_covered, name('instagram', 'de')).replace(/[()]/g, '.')));
  assert.match(txt, /30\. November 2026 – ChatGPT/);
  const [, json] = await downloaded(page, page.getByRole('button', { name: t.download_proof_json }));
  const record = JSON.parse(json);
  assert.deepEqual(record.map((e) => e.platform).sort(), ['chatgpt', 'facebook', 'instagram', 'linkedin']);
  assert.equal(record.find((e) => e.platform === 'linkedin').action, 'setting');
  assert.equal(record.find((e) => e.platform === 'facebook').covered_by, 'instagram');
  const [icsName, ics] = await downloaded(page, page.getByRole('button', { name: t.download_ics }));
  assert.match(icsName, /\.ics$/);
  assert.equal(ics.match(/BEGIN:VEVENT/g).length, 1, 'a reminder where an answer is owed (the form)');

  assert.ok(app.taps <= 15, `taps: ${app.taps}`);
  assert.deepEqual(foreign(), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('search by typing key by key: the field keeps focus, the list narrows, nothing found says so', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.origin, PHONE);
  const app = new App(page, 'de');
  await page.goto(env.server.url + '#/de/start');
  await app.ready();
  const search = page.getByLabel(app.t.search_label);
  await app.type(search, 'copilot');
  assert.equal(await search.inputValue(), 'copilot');
  assert.equal(await search.evaluate((e) => e === document.activeElement), true, 'the field kept focus');
  assert.equal(await app.service('github-copilot').isVisible(), true);
  assert.equal(await app.service('microsoft-copilot').isVisible(), true);
  assert.equal(await app.service('wordpress-com').count(), 0);
  await search.fill('');
  await app.type(search, 'xyz');
  await page.getByRole('status').filter({ hasText: app.t.search_none }).waitFor();
  assert.equal(await search.evaluate((e) => e === document.activeElement), true);
  assert.deepEqual(problems, []);
  await context.close();
});

test('English on a desktop: switching language keeps what was typed; the back button works', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.origin, { ...DESKTOP, locale: 'en-GB' });
  const app = new App(page, 'en');
  await page.goto(env.server.url + '#/en/start');
  await app.ready();
  assert.equal(await app.heading().textContent(), app.t.start_title);
  await app.choose('whatsapp');
  await app.nextButton(1).click();
  await app.type(app.field('name'), 'Sam Jones');
  await app.type(app.field('email'), 'sam@example.org');
  const de = await app.switchTo('de');
  await de.heading().filter({ hasText: exact(de.t.about_title) }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  assert.equal(await de.field('name').inputValue(), 'Sam Jones');
  assert.equal(await de.field('email').inputValue(), 'sam@example.org');
  await page.goBack();
  await app.heading().filter({ hasText: exact(app.t.about_title) }).waitFor();
  await page.goBack();
  await app.heading().filter({ hasText: exact(app.t.start_title) }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('keyboard only: from the start to a copied letter', async () => {
  const { page, context } = await openPage(env.browser, env.server.origin, DESKTOP);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
  const app = new App(page, 'de');
  const t = app.t;
  await page.goto(env.server.url + '#/de/start');
  await app.ready();
  await app.service('tiktok').focus();
  await page.keyboard.press('Space');
  assert.equal(await app.service('tiktok').isChecked(), true);
  const tabTo = async (test, what, arg) => {
    let guard = 0;
    while (!(await page.evaluate(test, arg)) && guard++ < 300) await page.keyboard.press('Tab');
    assert.ok(guard < 300, `${what} is reachable with Tab`);
  };
  await tabTo(() => document.activeElement?.classList.contains('primary'), 'next');
  await page.keyboard.press('Enter');
  await app.heading().filter({ hasText: exact(t.about_title) }).waitFor();
  await tabTo(() => document.activeElement?.id === 'name', 'the name field');
  await page.keyboard.type('Kim Berger');
  await page.keyboard.press('Enter');
  await app.heading().filter({ hasText: exact(t.plan_title) }).waitFor();
  await tabTo((copy) => document.activeElement?.getAttribute('aria-label')?.startsWith(copy), 'a copy button', t.copy);
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: t.copied }).first().waitFor();
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /Kim Berger/);
  await context.close();
});

test('no account of my own: links to the posts go into the letter, no account-holder sentences', async () => {
  const { page, context } = await openPage(env.browser, env.server.origin, PHONE);
  const app = new App(page, 'de');
  const t = app.t;
  await page.goto(env.server.url + '#/de/start');
  await app.ready();
  await app.choose('meta-no-account');
  await app.nextButton(1).click();
  // Reasons for account holders are not offered.
  await app.fold(t.reasons_more);
  assert.equal(await page.getByRole('checkbox', { name: reasonLabel('children', 'de') }).count(), 0);
  await app.type(app.field('name'), 'Jonas Petersen');
  await app.type(app.field('post_links'), 'https://example.org/p/1');
  await page.getByRole('button', { name: t.to_plan }).click();
  const card = app.card('meta-no-account');
  const values = (await card.locator('.value').allTextContents()).join('\n');
  assert.match(values, /https:\/\/example\.org\/p\/1/, 'the form text names the post');
  // The form may not cover photos others posted: the plan asks to send the letter as well.
  await card.getByText(t.also_letter).waitFor();
  const letter = await card.locator('#meta-no-account-objection-text').textContent();
  assert.match(letter, /Jonas Petersen/);
  assert.match(letter, /– https:\/\/example\.org\/p\/1/);
  assert.doesNotMatch(letter, /meine Beiträge geteilt|\[Link/);
  await context.close();
});

test('what changed: a dated list from the data, reachable from the footer', async () => {
  const { page, context } = await openPage(env.browser, env.server.origin, PHONE);
  const app = new App(page, 'de');
  await page.goto(env.server.url + '#/de/start');
  await app.ready();
  await page.getByRole('link', { name: app.t.changes_page_title }).click();
  await app.heading().filter({ hasText: exact(app.t.changes_page_title) }).waitFor();
  const items = await page.locator('ul.changes li').allTextContents();
  assert.ok(items.length >= 3, `${items.length} changes`);
  assert.ok(items.every((i) => /^\d{1,2}\. \S+ 20\d\d – /.test(i)), items.join('\n'));
  await context.close();
});

test('a deep link opens the plan at that service', async () => {
  // A consumer-advice article links straight to the Pinterest card.
  const { page, context } = await openPage(env.browser, env.server.origin, PHONE);
  await page.goto(env.server.url + '#/de/plan/pinterest');
  await page.locator('#card-pinterest-title').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'card-pinterest-title');
  assert.equal(new URL(page.url()).hash, '#/de/plan/pinterest');
  await context.close();
});

test('a follow-up asks when the objection went out and never calls a running deadline passed', async () => {
  const { page, context } = await openPage(env.browser, env.server.origin, PHONE);
  const app = new App(page, 'de');
  const t = app.t;
  await page.goto(env.server.url + '#/de/plan/whatsapp');
  const card = app.card('whatsapp');
  await card.waitFor();
  await app.fold(t.more_help, card);
  await app.fold(t.what_if_complaint, card);
  // Where the person lives decides the authority; until the objection is known, nothing to send.
  const fold = card.locator('details').filter({ has: page.locator('summary', { hasText: t.what_if_complaint }) }).last();
  await fold.getByLabel(t.country).selectOption('AT');
  await fold.getByText(t.followup_after_objection).waitFor();
  await fold.getByLabel(t.sent_date_question).fill('2026-11-30');
  const complaint = await card.locator('#whatsapp-complaint-text').textContent();
  assert.match(complaint, /30\. November 2026/);
  // Whatever today is: the text says "passed" only after the month is over.
  const passed = new Date() > new Date(Date.UTC(2026, 11, 30));
  assert.equal(/Frist ist abgelaufen/.test(complaint), passed, complaint);
  // A setting takes effect at once: no reminder or complaint is offered for it.
  await page.goto(env.server.url + '#/de/plan/linkedin');
  const li = app.card('linkedin');
  await li.waitFor();
  await app.fold(t.more_help, li);
  await app.fold(t.what_if_no_answer, li);
  const reminder = li.locator('details').filter({ has: page.locator('summary', { hasText: t.what_if_no_answer }) }).last();
  await reminder.getByText(t.followup_after_setting).waitFor();
  assert.equal(await li.locator('#linkedin-reminder-text').count(), 0);
  await context.close();
});

test('a letter that goes through a web form: the text to paste has no address block, the postal letter stays at hand', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.origin, PHONE);
  const app = new App(page, 'de');
  const t = app.t;
  await page.goto(env.server.url + '#/de/plan/whatsapp');
  const card = app.card('whatsapp');
  await card.getByText(t.paste_in_form, { exact: true }).waitFor();
  const form = (await card.locator('#whatsapp-objection-form-text').textContent()).trim();
  const letter = await card.locator('#whatsapp-objection-text').textContent();
  // The postal letter is the form's text with the sender, recipient and date above it.
  assert.ok(letter.indexOf(form) > 0, 'the form text is the letter without its head');
  // Its head: sender, recipient, date, each a block of lines. (The sender's name also signs
  // the text, so only the recipient and the date are looked for.)
  const [, recipient, date] = letter.slice(0, letter.indexOf(form)).trim().split(/\n\s*\n/);
  const head = [...recipient.split('\n'), date].map((l) => l.trim()).filter(Boolean);
  assert.ok(head.length >= 4, `a postal head: ${head}`);
  for (const line of head) assert.ok(!form.split('\n').includes(line), `"${line}" is not pasted into the form`);
  // Nothing typed yet: the gap names what WhatsApp knows the account by.
  assert.match(form, new RegExp('\\[' + accountLabel('whatsapp', 'de') + '\\]', 'i'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a letter that goes by e-mail: the card leads with the e-mail, not a form to paste into', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.origin, PHONE);
  const app = new App(page, 'de');
  const t = app.t;
  await page.goto(env.server.url + '#/de/plan/deepseek');
  const card = app.card('deepseek');
  await card.waitFor();
  // Not a web form: nothing to paste, the objection itself is on the card with its e-mail link.
  assert.equal(await card.getByText(t.paste_in_form, { exact: true }).count(), 0);
  const letter = card.locator('#deepseek-objection-text');
  await letter.waitFor();
  // Its e-mail action is right there (a link, or for a long text a button that copies it first
  // and opens the e-mail with its subject; the company's and the representative's addresses are
  // checked in core/src/letters/addresses.rs).
  const view = card.locator('#deepseek-objection');
  const email = view.getByRole('link', { name: t.open_email, exact: true }).or(view.getByRole('button', { name: t.open_email, exact: true }));
  assert.ok(await email.first().isVisible(), 'the e-mail action is on the card, not folded');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the completion screen before anything is sent: a linked account waits for the objection that covers it', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.origin, PHONE);
  const app = new App(page, 'de');
  const t = app.t;
  await page.goto(env.server.url);
  await app.ready();
  await app.choose('instagram', 'facebook');
  await app.tap(app.nextButton(2));
  await app.heading().filter({ hasText: exact(t.about_title) }).waitFor();
  await app.tap(page.getByRole('checkbox', { name: new RegExp(name('instagram', 'de')) }));
  await app.type(app.field('email'), 'kim@example.de');
  await app.tap(page.getByRole('button', { name: t.to_plan, exact: true }));
  await app.heading().filter({ hasText: exact(t.plan_title) }).waitFor();
  await app.tap(page.getByRole('button', { name: t.to_done, exact: true }));
  await app.heading().filter({ hasText: exact(t.done_title) }).waitFor();
  // Instagram is still to do; Facebook is not a task of its own.
  await page.getByRole('button', { name: fill(t.open_item, name('instagram', 'de')) }).waitFor();
  assert.equal(await page.getByRole('button', { name: fill(t.open_item, name('facebook', 'de')) }).count(), 0);
  await page.getByText(fill(t.covered_pending, name('instagram', 'de'))).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('step by step lists every link the steps speak of, the fallback too', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.origin, PHONE);
  const app = new App(page, 'de');
  await page.goto(env.server.url + '#/de/plan/facebook');
  const card = app.card('facebook');
  await card.waitFor();
  const shown = await card.locator('.route a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const r of platformData('facebook').routes) {
    for (const link of [r.link, r.fallback_link].filter(Boolean)) assert.ok(shown.includes(link), `${link} in ${shown}`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

